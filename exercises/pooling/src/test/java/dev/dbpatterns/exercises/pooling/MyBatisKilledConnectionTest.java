package dev.dbpatterns.exercises.pooling;

import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · MyBatis: a killed connection, retried once")
class MyBatisKilledConnectionTest extends KilledConnectionContract {
    @Override
    protected Holds holds(LessonDatabase db, KillingPool pool) {
        return db.shared("mybatis", ignored -> Desk.myBatis(pool));
    }
}

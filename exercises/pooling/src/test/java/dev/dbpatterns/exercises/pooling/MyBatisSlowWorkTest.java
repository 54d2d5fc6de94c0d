package dev.dbpatterns.exercises.pooling;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-4")
@DisplayName("Task 4 · MyBatis: the connection goes back before the slow work")
class MyBatisSlowWorkTest extends SlowWorkContract {
    @Override
    protected Holds holds(LessonDatabase db, HikariDataSource pool) {
        return db.shared("mybatis", ignored -> Desk.myBatis(pool));
    }
}

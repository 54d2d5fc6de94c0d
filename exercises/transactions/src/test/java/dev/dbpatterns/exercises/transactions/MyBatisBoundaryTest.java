package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-1")
@DisplayName("Task 1 · MyBatis: the transaction boundary")
class MyBatisBoundaryTest extends BoundaryContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.myBatis(db);
    }
}

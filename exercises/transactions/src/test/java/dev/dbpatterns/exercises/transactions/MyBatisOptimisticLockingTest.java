package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-2")
@DisplayName("Task 2 · MyBatis: optimistic locking with a version column")
class MyBatisOptimisticLockingTest extends OptimisticLockingContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.myBatis(db);
    }
}

package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · Hibernate: optimistic locking with @Version")
class HibernateOptimisticLockingTest extends OptimisticLockingContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

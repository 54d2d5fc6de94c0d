package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · Hibernate: the transaction boundary")
class HibernateBoundaryTest extends BoundaryContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

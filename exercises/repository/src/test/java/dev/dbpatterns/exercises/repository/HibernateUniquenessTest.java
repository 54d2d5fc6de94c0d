package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-4")
@DisplayName("Task 4 · Hibernate: one review per reader and book")
class HibernateUniquenessTest extends UniquenessContract {
    @Override
    protected Reviews reviews(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

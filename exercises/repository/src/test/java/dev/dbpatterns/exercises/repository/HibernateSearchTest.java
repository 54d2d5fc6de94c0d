package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · Hibernate: searching with AND and OR, a page at a time")
class HibernateSearchTest extends SearchContract {
    @Override
    protected Reviews reviews(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · Hibernate: adding a review and finding it by id")
class HibernateAddAndFindTest extends AddAndFindContract {
    @Override
    protected Reviews reviews(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

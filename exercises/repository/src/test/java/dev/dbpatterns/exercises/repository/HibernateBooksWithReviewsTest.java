package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-5")
@DisplayName("Task 5 · Hibernate: books with their reviews in one SELECT")
class HibernateBooksWithReviewsTest extends BooksWithReviewsContract {
    @Override
    protected Reviews reviews(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

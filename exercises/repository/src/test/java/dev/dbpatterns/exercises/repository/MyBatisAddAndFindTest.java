package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-1")
@DisplayName("Task 1 · MyBatis: adding a review and finding it by id")
class MyBatisAddAndFindTest extends AddAndFindContract {
    @Override
    protected Reviews reviews(LessonDatabase db) {
        return Adapters.myBatis(db);
    }
}

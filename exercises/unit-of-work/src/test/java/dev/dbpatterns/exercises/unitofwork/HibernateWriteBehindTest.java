package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-4")
@DisplayName("Task 4 · Hibernate: write-behind from the Session")
class HibernateWriteBehindTest extends WriteBehindContract {
    @Override
    protected Rearrangements rearrangements(LessonDatabase db) {
        return Adapters.hibernate(db);
    }
}

package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-2")
@DisplayName("Task 2 · MyBatis: register changes, write nothing before the commit")
class MyBatisWriteBehindTest extends WriteBehindContract {
    @Override
    protected Rearrangements rearrangements(LessonDatabase db) {
        return Adapters.myBatis(db);
    }
}

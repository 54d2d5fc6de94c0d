package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-1")
@DisplayName("Task 1 · MyBatis: the identity map, one object per row")
class MyBatisIdentityMapTest extends IdentityMapContract {
    @Override
    protected Rearrangements rearrangements(LessonDatabase db) {
        return Adapters.myBatis(db);
    }
}

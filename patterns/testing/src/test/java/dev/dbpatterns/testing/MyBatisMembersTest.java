package dev.dbpatterns.testing;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Members and the signup log in MyBatis")
class MyBatisMembersTest extends MembersContract {
    @Override
    protected ClubStyle style(LessonDatabase db) {
        return ClubStyle.named("MyBatis", db);
    }
}

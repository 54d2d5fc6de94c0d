package dev.dbpatterns.testing;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Members and the signup log in Hibernate")
class HibernateMembersTest extends MembersContract {
    @Override
    protected ClubStyle style(LessonDatabase db) {
        return ClubStyle.named("Hibernate", db);
    }
}

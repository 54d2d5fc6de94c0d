package dev.dbpatterns.testing;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.testing.domain.SignupLog;

/** A style built on the class's recorded pool: sessions to work in, and the signup log. */
interface ClubStyle {

    ClubSession open();

    SignupLog signupLog();

    /** "MyBatis" or "Hibernate", each built once per class and target. */
    static ClubStyle named(String name, LessonDatabase db) {
        return switch (name) {
            case "MyBatis" -> MyBatisStyle.on(db);
            case "Hibernate" -> HibernateStyle.on(db);
            default -> throw new IllegalArgumentException("No style " + name + ": MyBatis or Hibernate");
        };
    }
}

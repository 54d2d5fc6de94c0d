package dev.dbpatterns.testing;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.testing.domain.SignupLog;
import javax.sql.DataSource;

/** A style built on a pool: sessions to work in, and the signup log. Closing it closes the framework. */
interface ClubStyle extends AutoCloseable {

    ClubSession open();

    SignupLog signupLog();

    @Override
    default void close() {
    }

    /** "MyBatis" or "Hibernate" on the class's recorded pool, built once per class and target. */
    static ClubStyle named(String name, LessonDatabase db) {
        return db.shared(name, pool -> on(name, pool));
    }

    /** A style of one's own on another pool; the caller closes it. */
    static ClubStyle on(String name, DataSource pool) {
        return switch (name) {
            case "MyBatis" -> MyBatisStyle.on(pool);
            case "Hibernate" -> HibernateStyle.on(pool);
            default -> throw new IllegalArgumentException("No style " + name + ": MyBatis or Hibernate");
        };
    }
}

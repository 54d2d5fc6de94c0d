package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.migrations.hibernate.HibernateCatalogue;
import dev.dbpatterns.migrations.hibernate.HibernateSetup;
import dev.dbpatterns.migrations.mybatis.MyBatisSetup;
import dev.dbpatterns.migrations.mybatis.StatementCheck;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A V2 shipped with a mistake (the shelf column called "shelve"). Alembic would downgrade; in
 * Flyway's free edition undo does not exist, and editing V2 reaches no database that already ran
 * it. The fix is a V3 that repairs what V2 did: it runs once everywhere, whether V2 ran last week
 * or runs just before it.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: a bad V2 is fixed by a new V3, never by editing V2 (undo is not in the free edition)")
class RollForwardLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.on(db, "rollforward/released").load().migrate();
        db.insert("insert into book (isbn, title) values (?, ?)", "978-0141439518", "Pride and Prejudice");
    }

    @Test
    @DisplayName("undo() is refused by the free edition; editing the applied V2 is refused by its checksum, and the column stays 'shelve'")
    void noWayBack() {
        Flyway released = LessonFlyway.on(db, "rollforward/released").load();
        assertThat(catchThrowable(released::undo)).as("undo() in the free edition").isInstanceOf(FlywayException.class).hasMessageContaining("undo is not supported by OSS Edition");

        Throwable edited = catchThrowable(() -> LessonFlyway.on(db, "rollforward/edited").load().migrate());
        assertThat(edited).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 2");
        assertThat(catchThrowable(() -> HibernateSetup.sessionFactory(db.unrecordedDataSource()).close()))
                .as("release 2 of the catalogue, on the schema as V2 left it")
                .rootCause().message().containsIgnoringCase("missing column [shelf]");
    }

    // tag::forward[]
    @Test
    @DisplayName("V3 renames the column: it alone runs, the book keeps its shelf, and both styles of the catalogue agree with the schema")
    void rollForward() throws Exception {
        var result = LessonFlyway.on(db, "rollforward/released", "rollforward/fix").load().migrate();

        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok", "2 SQL ok", "3 SQL ok");
        try (SessionFactory hibernate = HibernateSetup.sessionFactory(db.unrecordedDataSource())) {
            assertThat(new HibernateCatalogue(hibernate).byIsbn("978-0141439518").orElseThrow().shelf()).isEqualTo("unsorted");
        }
        assertThat(StatementCheck.problems(MyBatisSetup.sqlSessionFactory(db.unrecordedDataSource()).getConfiguration())).isEmpty();
    }
    // end::forward[]
}

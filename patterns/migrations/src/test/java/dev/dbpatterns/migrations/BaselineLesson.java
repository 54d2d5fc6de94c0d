package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A database that predates its migrations: its tables were made by hand (or by Hibernate's
 * {@code update}), and V1 and V2 describe what it already has. Flyway refuses to migrate a
 * non-empty schema that has no history, rather than run V1 over it; a baseline at version 2
 * says "this schema is V2 already", and only what comes after it runs.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: a schema made before its migrations needs a baseline; V1…VN below it never run")
class BaselineLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        // What the library's first releases made by hand: what V1 and V2 describe.
        db.update("create table book (id bigint primary key, title varchar(200) not null)");
        db.update("create table loan (id bigint primary key, book_id bigint not null references book (id))");
    }

    // tag::refused[]
    @Test
    @DisplayName("migrate() on the non-empty schema without a history fails, asking for a baseline, and changes nothing")
    void refusedWithoutBaseline() {
        Throwable refused = catchThrowable(() -> LessonFlyway.on(db, "baseline").load().migrate());

        assertThat(refused).isInstanceOf(FlywayException.class)
                .hasMessageContaining("non-empty schema").hasMessageContaining("baseline");
        assertThat(Tables.of(db)).containsExactly("book", "loan");
    }
    // end::refused[]

    // tag::baseline[]
    @Test
    @DisplayName("baselineOnMigrate at version 2: the history starts with a BASELINE row for 2, and V3 alone runs")
    void baselineAtVersionTwo() throws Exception {
        MigrateResult result = LessonFlyway.on(db, "baseline")
                .baselineOnMigrate(true)
                .baselineVersion("2")
                .load().migrate();

        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(History.of(db)).extracting(History::version, History::type)
                .containsExactly(tuple("2", "BASELINE"), tuple("3", "SQL"));
        // V1 would have failed on the existing book table had it run.
        assertThat(Tables.of(db)).containsExactly("book", "loan", "reservation");
    }
    // end::baseline[]
}

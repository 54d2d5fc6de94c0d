package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.RepairResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same V3 on each database: two CREATE TABLEs, then a statement that fails. Flyway runs each
 * script in a transaction, but what a transaction can take back differs. PostgreSQL's DDL is
 * transactional: nothing of V3 is left. MariaDB commits each DDL statement as it runs (its
 * "atomic DDL" is per statement), so both tables stay, and Flyway records V3 as failed and
 * refuses to go on until {@code repair()}. H2 commits on DDL too, and Flyway treats it as MariaDB.
 * Each test writes what it saw into the docs' table, per database, before asserting it.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: a V3 that fails half-way leaves nothing on PostgreSQL, its tables and a failed row on MariaDB and H2")
class TransactionalDdlLesson {
    private static final String TABLES = "tables after V3 failed";
    private static final String HISTORY = "history rows after V3 failed";
    private static final String NEXT = "the next migrate()";
    private static final String REPAIRED = "what repair() removed";
    static final ObservedTable FAILURE = new ObservedTable(TransactionalDdlLesson.class, "failed-migration.adoc",
            "What a V3 that fails half-way leaves, as observed", "after V3 fails", List.of(TABLES, HISTORY, NEXT, REPAIRED));

    private LessonDatabase db;
    private Flyway flyway;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        flyway = LessonFlyway.on(db, "failing").load();
    }

    // tag::left[]
    @Test
    @DisplayName("what V3's failure leaves: PostgreSQL no table and no row; MariaDB and H2 both tables and a failed row")
    void whatFailureLeaves() throws Exception {
        Throwable failed = catchThrowable(flyway::migrate);
        FAILURE.record(db.target(), TABLES, String.join(", ", Tables.of(db)));
        FAILURE.record(db.target(), HISTORY, String.join(", ", History.of(db).stream().map(History::toString).toList()));
        assertThat(failed).isInstanceOf(FlywayException.class).hasMessageContaining("V3__loans_and_holds.sql");

        switch (db.target()) {
            case POSTGRES -> {
                assertThat(Tables.of(db)).containsExactly("book", "member");
                assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok", "2 SQL ok");
            }
            case MARIADB, H2 -> {
                assertThat(Tables.of(db)).containsExactly("book", "hold", "loan", "member");
                assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok", "2 SQL ok", "3 SQL failed");
            }
        }
    }
    // end::left[]

    // tag::next[]
    @Test
    @DisplayName("the next migrate: PostgreSQL runs V3 again from nothing; MariaDB and H2 refuse until repair(), which drops the failed row and keeps the tables")
    void nextMigrate() throws Exception {
        catchThrowable(flyway::migrate);

        Throwable again = catchThrowable(flyway::migrate);
        FAILURE.record(db.target(), NEXT, outcome(again));
        RepairResult repair = flyway.repair();
        FAILURE.record(db.target(), REPAIRED, removals(repair));
        switch (db.target()) {
            case POSTGRES -> {
                assertThat(again).as("the same statement fails again: nothing of the first try was left in its way")
                        .isInstanceOf(FlywayException.class).hasMessageContaining("no_such_table");
                assertThat(repair.migrationsRemoved).as("no failed row to remove").isEmpty();
                assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok", "2 SQL ok");
            }
            case MARIADB, H2 -> {
                assertThat(again).as("nothing runs while a failed row is in the history")
                        .isInstanceOf(FlywayValidateException.class).hasMessageContaining("Detected failed migration to version 3");

                assertThat(repair.migrationsRemoved).extracting(removed -> removed.version).containsExactly("3");
                assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok", "2 SQL ok");
                assertThat(Tables.of(db)).as("repair() mends the history only: V3's tables are still there, in the way of its next run")
                        .containsExactly("book", "hold", "loan", "member");
            }
        }
    }
    // end::next[]

    /** The history rows repair() removed, in the table's words. */
    private static String removals(RepairResult repair) {
        return repair.migrationsRemoved.isEmpty() ? "nothing" : String.join(", ",
                repair.migrationsRemoved.stream().map(removed -> "V" + removed.version + " " + removed.description).toList());
    }

    /** What a migrate did, in the table's words: the exception's kind and the line of its message that says why. */
    private static String outcome(Throwable thrown) {
        if (thrown == null) {
            return "succeeded";
        }
        List<String> lines = thrown.getMessage().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        // Flyway's migrate failure puts the database's words on a "Message : …" line; its validation says "Detected …".
        String why = lines.stream().filter(line -> line.startsWith("Message") || line.startsWith("Detected")).findFirst()
                .map(line -> line.replaceFirst("^Message\\s*:\\s*", "")).orElse(lines.isEmpty() ? "" : lines.get(0));
        return thrown.getClass().getSimpleName() + ": " + why;
    }
}

package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A migration on a table the application is using. ALTER TABLE needs PostgreSQL's strongest
 * table lock, so it waits for any open transaction that has read the table, and every reader
 * after it queues behind it: a slow report can stall the whole application through a
 * migration that itself takes a millisecond. {@code lock_timeout} makes the migration give up
 * instead (55P03), to be tried again later. The lesson watches the waits in pg_locks, and lets
 * go of the report only once it has seen them.
 */
@DatabaseTest(migrate = false)
@DisplayName("PostgreSQL: ALTER TABLE waits behind an open reader and makes new readers wait; lock_timeout makes it give up")
class LiveTableLockLesson {
    private LessonDatabase db;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp(LessonDatabase db) {
        Assumptions.assumeTrue(db.target() == DatabaseTarget.POSTGRES,
                "the lock queue is PostgreSQL's lesson: MariaDB's metadata locks and H2's table locks queue otherwise");
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.on(db, "live/first").load().migrate();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A report's transaction that has read the book table and is still open: it holds ACCESS SHARE on it. */
    private Connection openReport() throws SQLException {
        Connection report = db.address().connect();
        report.setAutoCommit(false);
        count(report);
        return report;
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select count(*) from book")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** What the sessions waiting for a lock on this schema's book table are running, oldest wait first. */
    private List<String> waitingOnBook() {
        return db.queryForList(String.class, "select a.query from pg_locks l"
                + " join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace"
                + " join pg_stat_activity a on a.pid = l.pid"
                + " where n.nspname = ? and c.relname = 'book' and not l.granted order by a.query_start", db.schemaName());
    }

    // tag::queue[]
    @Test
    @DisplayName("an open report holds the ALTER TABLE of V2; a reader after it waits too; the report's commit lets both through")
    void alterWaitsAndQueues() throws Exception {
        try (Connection report = openReport()) {
            Future<MigrateResult> migration = threads.submit(() -> LessonFlyway.on(db, "live/first", "live/waiting").load().migrate());
            Workers.until(() -> "V2's ALTER TABLE waiting for the report's lock", () -> waitingOnBook().size() == 1);

            Future<Long> reader = threads.submit(() -> {
                try (Connection next = db.address().connect()) {
                    return count(next);
                }
            });
            Workers.until(() -> "a new reader queued behind the ALTER TABLE", () -> waitingOnBook().size() == 2);
            assertThat(waitingOnBook()).satisfiesExactly(
                    alter -> assertThat(alter).containsIgnoringCase("alter table book"),
                    select -> assertThat(select).containsIgnoringCase("select count(*) from book"));

            report.commit();
            assertThat(Workers.result(migration, "V2").migrationsExecuted).isEqualTo(1);
            assertThat(Workers.result(reader, "the queued reader")).isZero();
        }
    }
    // end::queue[]

    // tag::timeout[]
    @Test
    @DisplayName("with SET LOCAL lock_timeout in V2, the migration fails with 55P03 while the report reads on; V2 stays pending")
    void lockTimeoutFailsFast() throws Exception {
        try (Connection report = openReport()) {
            Throwable failed = catchThrowable(() -> LessonFlyway.on(db, "live/first", "live/fast").load().migrate());

            assertThat(DriverErrors.sqlState(failed)).as("lock_not_available").isEqualTo("55P03");
            assertThat(count(report)).as("the report was never in anyone's way").isZero();
            report.commit();
        }
        assertThat(History.of(db)).extracting(History::toString).containsExactly("1 SQL ok");
        assertThat(LessonFlyway.on(db, "live/first", "live/fast").load().info().pending()).hasSize(1);
    }
    // end::timeout[]
}

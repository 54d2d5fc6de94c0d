package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.Statement;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Eight instances of the application's next release start at once, and each migrates on
 * start-up. Flyway takes a lock before it reads the history (an advisory lock on PostgreSQL,
 * GET_LOCK on MariaDB, {@code select … for update} of the history's rows on H2), so one instance
 * applies the versions and the others, once they have the lock, find nothing left to do. H2's lock
 * is only as good as the rows there are to lock: on a schema with no history yet, two instances
 * have both run V1 (seen here on a loaded machine: "Unable to insert row for version '1'", and
 * three of eight instances inside a paused V1 at once). So both steps deploy the first release
 * alone, as a first deployment is, and the crowd starts on a history that has rows.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: eight instances migrate one schema at once; each version is applied exactly once")
class ConcurrentMigrateLesson {
    private static final int INSTANCES = 8;
    private static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5");
    private static final int NEXT_RELEASE_VERSIONS = 4;

    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
    }

    // tag::eight[]
    @Test
    @DisplayName("V1 deployed, then 8 × migrate() on V1…V5: every call returns, V2…V5 run once among them, the history holds each version once")
    void eightInstances() throws Exception {
        LessonFlyway.on(db, "concurrent/first").load().migrate(); // the first release, deployed alone
        Queue<MigrateResult> results = new ConcurrentLinkedQueue<>();

        Workers.run(INSTANCES, instance -> results.add(LessonFlyway.on(db, "concurrent/first", "concurrent/later").load().migrate()));

        assertThat(results).hasSize(INSTANCES).allSatisfy(result -> assertThat(result.success).isTrue());
        assertThat(results.stream().mapToInt(result -> result.migrationsExecuted).sum())
                .as("migrations run, counted over all instances").isEqualTo(NEXT_RELEASE_VERSIONS);
        assertThat(History.of(db)).extracting(History::version).containsExactlyElementsOf(VERSIONS);
        assertThat(History.of(db)).allSatisfy(row -> assertThat(row.success()).isTrue());
    }
    // end::eight[]

    // tag::lock[]
    /** V2 as a Java migration that stops until the lesson lets it go: while it holds Flyway's lock, the lesson looks at the server. */
    static final class V2__Member extends BaseJavaMigration {
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void migrate(Context context) throws Exception {
            runs.incrementAndGet();
            running.countDown();
            Workers.await(release, "the lesson letting V2 go");
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("create table member (id bigint primary key)");
            }
        }
    }

    @Test
    @DisplayName("while one instance runs V2, it holds Flyway's lock: PostgreSQL lists its advisory lock, MariaDB and H2 the other 7 waiting for it")
    void lockObserved() throws Exception {
        // As above, the first release alone: on H2 the lock is the history's rows, so there must be one.
        LessonFlyway.on(db, "concurrent/first").load().migrate();
        V2__Member paused = new V2__Member();
        ExecutorService crowd = Executors.newSingleThreadExecutor();
        try {
            Future<?> instances = crowd.submit(() -> {
                Workers.run(INSTANCES, instance -> LessonFlyway.on(db, "concurrent/first").javaMigrations(paused).load().migrate());
                return null;
            });
            Workers.until(() -> "one instance starting V2", () -> paused.running.getCount() == 0 || instances.isDone());
            if (instances.isDone()) {
                Workers.result(instances, "the 8 instances"); // they failed before V2 ran: that failure, as it is
            }
            switch (db.target()) {
                // Flyway asks pg_try_advisory_lock again and again, so a waiter is never seen waiting: the holder is.
                case POSTGRES -> assertThat(db.queryForLong("select count(*) from pg_locks where locktype = 'advisory' and granted"
                        + " and ((classid::bigint << 32) | objid::bigint) = ?", flywayLockKey()))
                        .as("sessions holding Flyway's advisory lock on this schema's history").isEqualTo(1);
                case MARIADB -> Workers.until(() -> (INSTANCES - 1) + " sessions waiting in GET_LOCK", () -> db.queryForLong(
                        "select count(*) from information_schema.processlist where db = ? and info like 'SELECT GET_LOCK%'",
                        db.schemaName()) == INSTANCES - 1);
                // The database is the class's own: every session in it waiting for the history's rows is an instance.
                case H2 -> Workers.until(() -> (INSTANCES - 1) + " sessions blocked on the history's rows", () -> db.queryForLong(
                        "select count(*) from information_schema.sessions where blocker_id is not null"
                                + " and executing_statement like '%" + History.TABLE + "%for update'") == INSTANCES - 1);
            }
            paused.release.countDown();
            Workers.result(instances, "the 8 instances");
        } finally {
            paused.release.countDown();
            crowd.shutdownNow();
        }
        assertThat(paused.runs).as("V2 runs").hasValue(1);
        assertThat(History.of(db)).extracting(History::version).containsExactly("1", "2");
    }
    // end::lock[]

    /** The key Flyway's PostgreSQL lock uses: a constant of its own plus the hash of the history table's quoted name. */
    private long flywayLockKey() {
        return 77431708279161L + ('"' + db.schemaName() + "\".\"" + History.TABLE + '"').hashCode();
    }
}

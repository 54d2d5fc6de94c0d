package dev.dbpatterns.exercises.pooling;

import static dev.dbpatterns.exercises.pooling.Desk.DUNE;
import static dev.dbpatterns.exercises.pooling.Desk.hold;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.kit.lesson.Thrown;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The leak: a session not closed when its call fails keeps its connection, until the pool runs dry. */
@DatabaseTest
@Tag("task-2")
@DisplayName("Task 2 · MyBatis: every call gives its connection back, a failed one too")
class MyBatisLeakTest {
    private static final int POOL_SIZE = 2;
    /** Where HikariCP reports a connection kept longer than the leak detection threshold (not public). */
    private static final String LEAK_DETECTOR = "com.zaxxer.hikari.pool.ProxyLeakTask";

    private LessonDatabase db;
    private HikariDataSource pool;
    private Holds holds;
    private int leakedBefore;

    @BeforeEach
    void openDesk(LessonDatabase db) {
        this.db = db;
        Desk.empty(db);
        // A pool of this class's own, closed after its last test: a leak shows in its count, and closing a pool
        // with connections still out waits for them, which no test should pay for.
        this.pool = db.shared("leak-pool", ignored -> Pools.of(db, "leak", POOL_SIZE));
        this.holds = db.shared("mybatis", ignored -> Desk.myBatis(pool));
        this.leakedBefore = Pools.active(pool); // 0, unless a test before this one leaked
    }

    /** Connections this test borrowed and did not give back. */
    private int leaked() {
        return Pools.active(pool) - leakedBefore;
    }

    @Test
    @DisplayName("a hold placed, and a count, give their connection back")
    void successGivesTheConnectionBack() {
        holds.place(hold("H-1"));
        assertThat(leaked()).as("connections still borrowed after placing a hold").isZero();

        assertThat(holds.holdsOn(DUNE)).as("holds on Dune").isEqualTo(1);
        assertThat(leaked()).as("connections still borrowed after counting holds").isZero();
        assertThat(Desk.stored(db, "H-1")).as("rows of H-1, committed").isEqualTo(1);
    }

    @Test
    @DisplayName("a hold refused by the database gives its connection back, and the refusal reaches the caller")
    void failureGivesTheConnectionBack() {
        holds.place(hold("H-1"));

        Throwable thrown = Thrown.by(() -> holds.place(hold("H-1")));

        assertThat(DriverErrors.sqlState(thrown)).as("what placing H-1 twice throws: the database's unique"
                + " violation, reaching the caller (not swallowed)").isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(leaked()).as("connections still borrowed after the INSERT failed: the session is closed"
                + " only when everything went well, so a failure leaves it open with its connection. Close it however"
                + " the call ends: try-with-resources").isZero();
    }

    @Test
    @DisplayName("ten refused holds in a pool of two: the eleventh caller still gets a connection")
    void failuresDoNotStarveThePool() {
        holds.place(hold("H-1"));

        for (int refused = 1; refused <= 10; refused++) {
            Throwable thrown = Thrown.by(() -> holds.place(hold("H-1")));
            assertThat(DriverErrors.sqlState(thrown)).as("refusal number " + refused + " of a pool of " + POOL_SIZE
                    + " connections: a unique violation. (null: nothing reached the caller, or the pool ran dry because"
                    + " every refusal before kept its connection: SQLTransientConnectionException, 'Connection is not"
                    + " available', has no SQLState of a refusal)")
                    .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        }
        holds.place(hold("H-2"));

        assertThat(leaked()).as("connections borrowed after 10 refusals and one hold placed").isZero();
        assertThat(Desk.stored(db, "H-2")).as("rows of H-2, placed after the refusals").isEqualTo(1);
    }

    @Test
    @DisplayName("HikariCP's leak detector has nothing to report after a refused hold; if it does, it says where the connection was borrowed")
    void leakDetectorHasNothingToReport() throws Exception {
        // A pool of its own, so that a leak here cannot starve the tests above, and they cannot starve this one.
        try (HikariDataSource watched = Pools.watchedForLeaks(db, "watched", 1);
             LogCapture detector = LogCapture.of(LEAK_DETECTOR)) {
            Holds desk = Desk.myBatis(watched);
            desk.place(hold("H-1"));

            Thrown.by(() -> desk.place(hold("H-1")));
            if (Pools.active(watched) > 0) {
                // The detector reports a connection still out after its threshold; wait for it, and pass on where it
                // says the connection was borrowed: that is how to find a leak in a real application.
                Workers.until(() -> "HikariCP's leak report", () -> !detector.events().isEmpty());
                ILoggingEvent report = detector.events().get(0);
                throw new AssertionError("HikariCP's leak detector reported a connection still borrowed "
                        + Pools.LEAK_DETECTION_THRESHOLD.toSeconds() + " s after a refused hold. It was borrowed "
                        + borrowedAt(report) + " and never given back: close the session however the call ends");
            }
            assertThat(detector.messages()).as("HikariCP's leak reports").isEmpty();
        }
    }

    /** The first frame of this exercise's own code in the stack trace the leak detector took when the connection was lent. */
    private static String borrowedAt(ILoggingEvent report) {
        IThrowableProxy trace = report.getThrowableProxy();
        return trace == null ? "(no stack trace logged)" : Arrays.stream(trace.getStackTraceElementProxyArray())
                .map(frame -> frame.getStackTraceElement())
                .filter(frame -> frame.getClassName().startsWith("dev.dbpatterns.exercises.pooling.mybatis."))
                .findFirst().map(frame -> "in " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + " (line " + frame.getLineNumber() + ")")
                .orElse("outside the adapter");
    }
}

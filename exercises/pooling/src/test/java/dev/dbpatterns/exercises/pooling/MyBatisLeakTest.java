package dev.dbpatterns.exercises.pooling;

import static dev.dbpatterns.exercises.pooling.Desk.DUNE;
import static dev.dbpatterns.exercises.pooling.Desk.hold;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
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
}

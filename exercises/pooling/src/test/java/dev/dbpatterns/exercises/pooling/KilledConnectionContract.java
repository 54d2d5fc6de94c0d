package dev.dbpatterns.exercises.pooling;

import static dev.dbpatterns.exercises.pooling.Desk.DUNE;
import static dev.dbpatterns.exercises.pooling.Desk.hold;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.pooling.application.RetryOnce;
import dev.dbpatterns.exercises.pooling.domain.ConnectionLostException;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A connection killed on the server under a call: run it once more on a fresh one, and never a refusal. */
@DatabaseTest
abstract class KilledConnectionContract {
    private LessonDatabase db;
    private KillingPool pool;
    private Holds holds;

    protected abstract Holds holds(LessonDatabase db, KillingPool pool);

    @BeforeEach
    void openDesk(LessonDatabase db) {
        this.db = db;
        this.pool = db.shared("killing-pool", ignored -> new KillingPool(db, Pools.of(db, "killing", 2)));
        this.holds = holds(db, pool);
        Desk.empty(db);
        pool.killNext(0);
    }

    @AfterEach
    void everyConnectionIsBack() {
        assertThat(pool.active()).as("connections left borrowed after the test").isZero();
    }

    @Test
    @DisplayName("a hold placed on a killed connection is placed again on a fresh one, and stored once")
    void retriesAKilledConnectionOnce() {
        pool.killNext(1);

        RetryOnce.run(() -> holds.place(hold("H-1")));

        assertThat(pool.borrowed()).as("connections borrowed: the first was killed on the server, so its INSERT"
                + " failed; the call must be run once more, on a fresh connection. The adapter reports the broken"
                + " connection as ConnectionLostException (ask DatabaseErrors with the SQLState and vendor code),"
                + " and RetryOnce runs the call again on it").isEqualTo(2);
        assertThat(Desk.stored(db, "H-1")).as("rows of hold H-1: stored once, by the second attempt").isEqualTo(1);
    }

    @Test
    @DisplayName("a count on a killed connection is asked again, and answers")
    void retriesAReadToo() {
        holds.place(hold("H-1"));
        pool.killNext(1);

        long waiting = RetryOnce.call(() -> holds.holdsOn(DUNE));

        assertThat(waiting).as("holds on Dune, counted on the second connection").isEqualTo(1);
        assertThat(pool.borrowed()).as("connections borrowed: the killed one, then a fresh one").isEqualTo(2);
    }

    @Test
    @DisplayName("a connection killed twice in a row reaches the caller as ConnectionLostException after two attempts")
    void retriesOnlyOnce() {
        pool.killNext(3);

        Throwable thrown = Thrown.by(() -> RetryOnce.run(() -> holds.place(hold("H-1"))));

        assertThat(thrown).as("what the caller gets when the retry met a killed connection too: the adapter's"
                + " ConnectionLostException, carrying the driver's error as its cause")
                .isInstanceOf(ConnectionLostException.class);
        assertThat((Throwable) DriverErrors.sqlException(thrown)).as("the driver's error, among the causes of ConnectionLostException")
                .isNotNull();
        assertThat(pool.borrowed()).as("attempts (connections borrowed): one call and ONE retry. A retry that goes on"
                + " while the database is down piles every caller's attempts onto a server that is struggling already")
                .isEqualTo(2);
        assertThat(Desk.stored(db, "H-1")).as("rows of hold H-1: every attempt met a dead connection").isZero();
    }

    @Test
    @DisplayName("a hold placed twice is refused once, not retried: a unique violation is no lost connection")
    void neverRetriesARefusal() {
        holds.place(hold("H-1"));
        pool.killNext(0);

        Throwable thrown = Thrown.by(() -> RetryOnce.run(() -> holds.place(hold("H-1"))));

        assertThat(thrown).as("what placing H-1 a second time throws: the unique violation, as it is").isNotNull()
                .isNotInstanceOf(ConnectionLostException.class);
        assertThat(DriverErrors.sqlState(thrown)).as("its SQLState: the database refused a duplicate code."
                + " Only a broken connection is ConnectionLostException; everything else reaches the caller as it was")
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(pool.borrowed()).as("attempts at placing H-1 again: a unique violation gives the same answer"
                + " every time, so it is tried once. Retry ConnectionLostException only, never every exception")
                .isEqualTo(1);
        assertThat(Desk.stored(db, "H-1")).as("rows of hold H-1").isEqualTo(1);
    }
}

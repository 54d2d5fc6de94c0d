package dev.dbpatterns.exercises.pooling;

import static dev.dbpatterns.exercises.pooling.Desk.DUNE;
import static dev.dbpatterns.exercises.pooling.Desk.hold;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.pooling.domain.Hold;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pool of ONE connection, and a confirmation that takes as long as the test says: the first
 * caller's mail waits on a latch while a second caller needs a connection.
 */
@DatabaseTest
abstract class SlowWorkContract {
    private LessonDatabase db;
    private HikariDataSource pool;
    private Holds holds;
    private final ExecutorService firstCaller = Executors.newSingleThreadExecutor();
    private final CountDownLatch mailing = new CountDownLatch(1);
    private final CountDownLatch mailServerAnswers = new CountDownLatch(1);
    private final AtomicInteger sent = new AtomicInteger();
    private volatile int borrowedWhileMailing = -1;
    private volatile long storedWhenMailing = -1;

    protected abstract Holds holds(LessonDatabase db, HikariDataSource pool);

    @BeforeEach
    void openDesk(LessonDatabase db) {
        this.db = db;
        this.pool = db.shared("pool-of-one", ignored -> Pools.of(db, "one", 1));
        this.holds = holds(db, pool);
        Desk.empty(db);
    }

    @AfterEach
    void letTheMailServerGo() throws InterruptedException {
        mailServerAnswers.countDown(); // however the test ended, the first caller finishes
        firstCaller.shutdown();
        if (!firstCaller.awaitTermination(Workers.SAFETY_NET.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the first caller was still at work after the mail server answered");
        }
        assertThat(Pools.active(pool)).as("connections left borrowed after the test").isZero();
    }

    /** A mail server that notes what the pool and the table look like, then answers when the test lets it. */
    private void slowMail(Hold hold) {
        sent.incrementAndGet();
        borrowedWhileMailing = Pools.active(pool);
        storedWhenMailing = Desk.stored(db, hold.code()); // through lesson-kit's pool: committed rows only
        mailing.countDown();
        try {
            Workers.await(mailServerAnswers, "the test letting the mail server answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("while a confirmation is on its way, the hold's connection is back in the pool and a second caller gets it")
    void slowWorkHoldsNoConnection() throws Exception {
        Future<?> first = firstCaller.submit(() -> holds.placeAndConfirm(hold("H-1"), this::slowMail));
        Workers.await(mailing, "the confirmation of H-1 being sent");

        assertThat(borrowedWhileMailing).as("connections borrowed from the pool (of 1) while the confirmation was on its"
                + " way: the connection is held across the slow call, and every other caller waits for a mail server."
                + " Commit and give the connection back first, then send").isZero();
        long counted = holds.holdsOn(DUNE); // the second caller, on the one connection
        mailServerAnswers.countDown();
        Workers.result(first, "placing H-1 and confirming it");

        assertThat(counted).as("holds on Dune, counted by a second caller while H-1's confirmation was on its way")
                .isEqualTo(1);
        assertThat(sent).as("confirmations sent").hasValue(1);
    }

    @Test
    @DisplayName("the confirmation goes out once the hold is committed, never before")
    void confirmsOnlyWhatIsStored() throws Exception {
        Future<?> first = firstCaller.submit(() -> holds.placeAndConfirm(hold("H-1"), this::slowMail));
        Workers.await(mailing, "the confirmation of H-1 being sent");
        mailServerAnswers.countDown();
        Workers.result(first, "placing H-1 and confirming it");

        assertThat(storedWhenMailing).as("rows of H-1 another connection saw when its confirmation went out: a"
                + " confirmation for a hold that is not committed yet (or never will be) promises the reader a book"
                + " that is not reserved. Place, commit, give the connection back, then send").isEqualTo(1);
    }

    @Test
    @DisplayName("a hold refused sends no confirmation, and its refusal reaches the caller")
    void aRefusalConfirmsNothing() {
        holds.place(hold("H-1"));

        Throwable thrown = Thrown.by(() -> holds.placeAndConfirm(hold("H-1"), this::slowMail));

        assertThat(thrown).as("placing H-1 a second time: the unique violation reaches the caller").isNotNull();
        assertThat(sent).as("confirmations sent for a hold the database refused").hasValue(0);
    }
}

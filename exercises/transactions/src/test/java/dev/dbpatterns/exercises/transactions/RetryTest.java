package dev.dbpatterns.exercises.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.transactions.application.Retry;
import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.InsufficientBalanceException;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The retry helper on its own, with no database: what it runs again, and how often. */
@Tag("task-4")
@DisplayName("Task 4 · Retry: conflicts only, a bounded number of times")
class RetryTest {
    private final AtomicInteger attempts = new AtomicInteger();

    private static ConcurrentUpdateException conflict() {
        return new ConcurrentUpdateException("gift card GIFT-ADA was saved by another transaction since version 0"
                + " was read", null);
    }

    @Test
    @DisplayName("a conflict is run again, and the first attempt that gets through returns its result")
    void retriesAConflict() {
        String result = Retry.upTo(5).run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw conflict();
            }
            return "paid";
        });

        assertThat(attempts).as("attempts: the first two lost a conflict, the third got through").hasValue(3);
        assertThat(result).as("what the attempt that got through returned").isEqualTo("paid");
    }

    @Test
    @DisplayName("after the last attempt, the last conflict reaches the caller")
    void givesUpAfterTheLastAttempt() {
        AtomicReference<ConcurrentUpdateException> last = new AtomicReference<>();

        Throwable thrown = Thrown.by(() -> Retry.upTo(4).run(() -> {
            attempts.incrementAndGet();
            last.set(conflict());
            throw last.get();
        }));

        assertThat(attempts).as("attempts with Retry.upTo(4), every one losing: a retry must be bounded, or a"
                + " conflict that never goes away keeps a thread busy forever").hasValue(4);
        assertThat(thrown).as("what the caller gets when the last attempt lost too: that attempt's conflict")
                .isSameAs(last.get());
    }

    @Test
    @DisplayName("an exception that is no conflict reaches the caller after one attempt, a checked one included")
    void nothingElseIsRetried() {
        InsufficientBalanceException refused = new InsufficientBalanceException("GIFT-BEN", 40, 30);
        IllegalArgumentException bug = new IllegalArgumentException("An amount must be more than zero, not -5");

        Throwable checked = Thrown.by(() -> Retry.upTo(5).run(() -> {
            attempts.incrementAndGet();
            throw refused;
        }));
        Throwable unchecked = Thrown.by(() -> Retry.upTo(5).run(() -> {
            attempts.incrementAndGet();
            throw bug;
        }));

        assertThat(attempts).as("attempts at paying 40 with a card holding 30, then at paying -5: running them"
                + " again gives the same answer, so each is tried once. Retry only ConcurrentUpdateException").hasValue(2);
        assertThat(checked).as("the checked exception, reaching the caller as it is").isSameAs(refused);
        assertThat(unchecked).as("the runtime exception, reaching the caller as it is").isSameAs(bug);
    }

    @Test
    @DisplayName("Retry.upTo(1) makes one attempt and retries nothing")
    void oneAttemptIsNoRetry() {
        ConcurrentUpdateException only = conflict();

        Throwable thrown = Thrown.by(() -> Retry.upTo(1).run(() -> {
            attempts.incrementAndGet();
            throw only;
        }));

        assertThat(attempts).as("attempts with Retry.upTo(1): the first attempt counts among the attempts").hasValue(1);
        assertThat(thrown).as("what the caller gets: that attempt's conflict").isSameAs(only);
    }

    @Test
    @DisplayName("a till interrupted while it retries stops retrying: the conflict reaches it, and it stays interrupted")
    void anInterruptStopsTheRetries() {
        Thread.currentThread().interrupt(); // the till is being shut down
        try {
            Throwable thrown = Thrown.by(() -> Retry.upTo(100).run(() -> {
                attempts.incrementAndGet();
                throw conflict();
            }));
            boolean stillInterrupted = Thread.currentThread().isInterrupted();

            assertThat(attempts).as("attempts by a thread that was interrupted: a pause between attempts (Thread.sleep)"
                    + " throws InterruptedException at once then, and a retry must stop, not run all its attempts")
                    .hasValueLessThan(100);
            assertThat(thrown).as("what the interrupted caller gets: the conflict").isInstanceOf(ConcurrentUpdateException.class);
            assertThat(stillInterrupted).as("the thread still interrupted after Retry gave up: catching"
                    + " InterruptedException clears the flag, so set it again (Thread.currentThread().interrupt()) for"
                    + " whoever asked the thread to stop").isTrue();
        } finally {
            Thread.interrupted(); // the next test's thread is not interrupted
        }
    }
}

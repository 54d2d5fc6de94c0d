package dev.dbpatterns.exercises.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.pooling.application.RetryOnce;
import dev.dbpatterns.exercises.pooling.domain.ConnectionLostException;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** RetryOnce on its own, with no database: what it runs again, and how often. */
@Tag("task-3")
@DisplayName("Task 3 · RetryOnce: a lost connection, once")
class RetryOnceTest {
    private final AtomicInteger attempts = new AtomicInteger();

    private static ConnectionLostException lost() {
        return new ConnectionLostException("placing hold H-1", null);
    }

    @Test
    @DisplayName("a call that returns is run once, and its result reaches the caller")
    void runsOnce() {
        long result = RetryOnce.call(() -> (long) attempts.incrementAndGet());

        assertThat(result).as("what the call returned").isEqualTo(1L);
        assertThat(attempts).as("attempts of a call that succeeded").hasValue(1);
    }

    @Test
    @DisplayName("a lost connection is run again once, and the second attempt's result is returned")
    void retriesALostConnection() {
        String result = RetryOnce.call(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw lost();
            }
            return "placed";
        });

        assertThat(attempts).as("attempts: the first lost its connection, the second got through").hasValue(2);
        assertThat(result).as("what the second attempt returned").isEqualTo("placed");
    }

    @Test
    @DisplayName("a second lost connection reaches the caller: that attempt's exception, after two attempts")
    void givesUpAfterTheSecondAttempt() {
        ConnectionLostException[] last = new ConnectionLostException[1];

        Throwable thrown = Thrown.by(() -> RetryOnce.run(() -> {
            attempts.incrementAndGet();
            last[0] = lost();
            throw last[0];
        }));

        assertThat(attempts).as("attempts when every one loses its connection: the call and one retry").hasValue(2);
        assertThat(thrown).as("what the caller gets: the second attempt's exception").isSameAs(last[0]);
    }

    @Test
    @DisplayName("any other exception reaches the caller after one attempt")
    void nothingElseIsRetried() {
        IllegalStateException refused = new IllegalStateException("duplicate key H-1");

        Throwable thrown = Thrown.by(() -> RetryOnce.run(() -> {
            attempts.incrementAndGet();
            throw refused;
        }));

        assertThat(attempts).as("attempts at a call that failed for another reason: it would fail the same way"
                + " again. Retry ConnectionLostException only").hasValue(1);
        assertThat(thrown).as("the exception, reaching the caller as it is").isSameAs(refused);
    }
}

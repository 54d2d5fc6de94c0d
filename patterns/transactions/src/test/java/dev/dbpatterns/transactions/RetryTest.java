package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.transactions.application.Retry;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException.Reason;
import dev.dbpatterns.transactions.domain.LockTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retry helper on its own: no database, and pauses recorded instead of taken. */
@DisplayName("Retry: bounded attempts, growing pauses, and only conflicts retried")
class RetryTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private Retry retry(int maxAttempts) {
        return Retry.upTo(maxAttempts).pausing(Duration.ofMillis(10), Duration.ofMillis(80)).sleepingWith(pauses::add);
    }

    private static ConcurrencyConflictException conflict() {
        return new ConcurrencyConflictException(Reason.SERIALIZATION_FAILURE, "SQLState 40001", null);
    }

    @Test
    @DisplayName("a conflict is retried, and the attempt that succeeds returns its result")
    void retriesConflicts() {
        String result = retry(5).run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw conflict();
            }
            return "withdrawn";
        });

        assertThat(result).isEqualTo("withdrawn");
        assertThat(attempts).hasValue(3);
        assertThat(pauses).hasSize(2);
    }

    @Test
    @DisplayName("after the last attempt the conflict reaches the caller")
    void givesUp() {
        ConcurrencyConflictException last = conflict();

        assertThatThrownBy(() -> retry(4).run(() -> {
            attempts.incrementAndGet();
            throw last;
        })).isSameAs(last);
        assertThat(attempts).hasValue(4);
        assertThat(pauses).hasSize(3);
    }

    @Test
    @DisplayName("each pause lies between half and all of a ceiling that doubles, up to the longest pause")
    void pausesGrowWithJitter() {
        assertThatThrownBy(() -> retry(7).run(() -> {
            throw conflict();
        })).isInstanceOf(ConcurrencyConflictException.class);

        long[] ceilings = {10, 20, 40, 80, 80, 80};
        assertThat(pauses).hasSize(ceilings.length);
        for (int i = 0; i < ceilings.length; i++) {
            assertThat(pauses.get(i).toNanos()).as("pause %d", i + 1)
                    .isBetween(Duration.ofMillis(ceilings[i]).toNanos() / 2, Duration.ofMillis(ceilings[i]).toNanos());
        }
    }

    @Test
    @DisplayName("anything but a conflict fails at once: a lock timeout, a constraint violation, a bug")
    void doesNotRetryOtherFailures() {
        for (RuntimeException failure : List.of(new LockTimeoutException("55P03", null),
                new IllegalStateException("duplicate key value violates unique constraint"), new NullPointerException())) {
            attempts.set(0);

            assertThatThrownBy(() -> retry(5).run(() -> {
                attempts.incrementAndGet();
                throw failure;
            })).isSameAs(failure);
            assertThat(attempts).as(failure.getClass().getSimpleName()).hasValue(1);
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    @DisplayName("the listener hears of every retry, with the conflict and the pause")
    void tellsTheListener() {
        List<String> heard = new ArrayList<>();
        Retry.upTo(3).sleepingWith(pause -> { }).onRetry((attempt, conflict, pause) ->
                heard.add(attempt + ":" + conflict.reason())).run(() -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new ConcurrencyConflictException(Reason.DEADLOCK, "40P01", null);
                    }
                    return null;
                });

        assertThat(heard).containsExactly("1:DEADLOCK", "2:DEADLOCK");
    }

    @Test
    @DisplayName("fewer than one attempt is refused with a clear message")
    void needsAnAttempt() {
        assertThatThrownBy(() -> Retry.upTo(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A retry needs at least 1 attempt, not 0");
    }
}

package dev.dbpatterns.transactions.application;

import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a whole transaction again when it lost to a concurrent one: a bounded number of attempts,
 * an exponential backoff with jitter between them (so that the losers do not collide again in
 * step), and nothing retried but a {@link ConcurrencyConflictException}. A constraint violation, a
 * lock timeout or a bug fails on the first attempt, as it should.
 */
public final class Retry {

    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    /** Told before each pause, with the attempt that failed (1 for the first). */
    @FunctionalInterface
    public interface Listener {
        void retrying(int failedAttempt, ConcurrencyConflictException conflict, Duration pause);
    }

    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Listener listener;
    private final Sleeper sleeper;

    private Retry(int maxAttempts, Duration firstPause, Duration longestPause, Listener listener, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A retry needs at least 1 attempt, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.listener = listener;
        this.sleeper = sleeper;
    }

    /** Up to this many attempts in all, pausing about 2, 4, 8 … ms up to 100 ms between them. */
    public static Retry upTo(int maxAttempts) {
        return new Retry(maxAttempts, Duration.ofMillis(2), Duration.ofMillis(100), (attempt, conflict, pause) -> {
        }, pause -> Thread.sleep(pause));
    }

    public Retry pausing(Duration first, Duration longest) {
        return new Retry(maxAttempts, first, longest, listener, sleeper);
    }

    public Retry onRetry(Listener newListener) {
        return new Retry(maxAttempts, firstPause, longestPause, newListener, sleeper);
    }

    /** For tests that check the pauses without taking them. */
    public Retry sleepingWith(Sleeper newSleeper) {
        return new Retry(maxAttempts, firstPause, longestPause, listener, newSleeper);
    }

    // tag::run[]
    public <T, E extends Exception> T run(Attempt<T, E> attempt) throws E {
        for (int failed = 0; ; ) {
            try {
                return attempt.run();
            } catch (ConcurrencyConflictException conflict) {
                failed++;
                if (failed >= maxAttempts) {
                    throw conflict;
                }
                Duration pause = pauseAfter(failed);
                listener.retrying(failed, conflict, pause);
                sleep(pause, conflict);
            }
        }
    }
    // end::run[]

    /** A random pause between half and all of first × 2^(failed-1), capped at the longest pause. */
    Duration pauseAfter(int failed) {
        long ceiling = Math.min(longestPause.toNanos(), firstPause.toNanos() << Math.min(failed - 1, 30));
        return Duration.ofNanos(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    private void sleep(Duration pause, ConcurrencyConflictException conflict) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conflict.addSuppressed(e);
            throw conflict;
        }
    }
}

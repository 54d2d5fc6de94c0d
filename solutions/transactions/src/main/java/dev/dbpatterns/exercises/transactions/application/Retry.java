package dev.dbpatterns.exercises.transactions.application;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a whole transaction again when it lost to a concurrent one: a bounded number of attempts,
 * a short random pause between them, and nothing retried but a ConcurrentUpdateException.
 */
public final class Retry {

    /** One attempt: usually a whole call to Transactions.inTransaction. */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    private static final long LONGEST_PAUSE_MILLIS = 32;

    private final int maxAttempts;

    private Retry(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** At most this many attempts in all, the first one included. */
    public static Retry upTo(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A retry needs at least 1 attempt, not " + maxAttempts);
        }
        return new Retry(maxAttempts);
    }

    // tag::run[]
    /**
     * @return what the first attempt that did not lose a conflict returned
     * @throws ConcurrentUpdateException the last attempt's, when every attempt lost one
     * @throws E                         at once, like any exception that is not a conflict
     */
    public <T, E extends Exception> T run(Attempt<T, E> attempt) throws E {
        for (int failed = 0; ; ) {
            try {
                return attempt.run();
            } catch (ConcurrentUpdateException conflict) {
                failed++;
                if (failed == maxAttempts) {
                    throw conflict;
                }
                pause(failed, conflict);
            }
        }
    }
    // end::run[]

    /** Random, up to 1, 2, 4 … 32 ms: the losers spread out instead of colliding again in step. */
    private static void pause(int failed, ConcurrentUpdateException conflict) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, 1L << Math.min(failed - 1, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            conflict.addSuppressed(e);
            throw conflict;
        }
    }
}

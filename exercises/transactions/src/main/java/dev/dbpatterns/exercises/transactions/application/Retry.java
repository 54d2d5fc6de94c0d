package dev.dbpatterns.exercises.transactions.application;

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

    /**
     * @return what the first attempt that did not lose a conflict returned
     * @throws dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException the last attempt's,
     *         when every attempt lost one
     * @throws E at once, like any exception that is not a conflict
     */
    public <T, E extends Exception> T run(Attempt<T, E> attempt) throws E {
        // TODO(task 4): run the attempt; when it throws ConcurrentUpdateException and attempts are left (maxAttempts
        //   in all), pause a few random milliseconds, longer after each failure (so the losers do not collide
        //   again in step), and run it again. Let everything else, and the last attempt's conflict, through
        //   unchanged. Keep the pauses short (at most a few tens of ms): the tests wait for them. Thread.sleep throws
        //   InterruptedException when someone asks the thread to stop: then stop retrying, set the thread's interrupt
        //   flag again (Thread.currentThread().interrupt(); catching the exception cleared it) and throw the conflict.
        throw new UnsupportedOperationException("TODO(task 4): run the attempt again on ConcurrentUpdateException");
    }
}

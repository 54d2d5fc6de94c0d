package dev.dbpatterns.exercises.pooling.application;

import java.util.function.Supplier;

/** Runs a call once more when its connection broke, and only then: a killed connection loses no request. */
public final class RetryOnce {
    private RetryOnce() {
    }

    /**
     * @return what the call returned, the first time or the second
     * @throws dev.dbpatterns.exercises.pooling.domain.ConnectionLostException the second attempt's, when both lost
     *         their connection
     * @throws RuntimeException any other, at once, after one attempt
     */
    public static <T> T call(Supplier<T> call) {
        // TODO(task 3): run the call; when it throws ConnectionLostException, run it ONE more time (the pool lends a
        //   fresh connection) and let whatever that second attempt does reach the caller. Anything else, a unique
        //   violation above all, reaches the caller after one attempt: it would fail the same way again.
        throw new UnsupportedOperationException("TODO(task 3): run the call again, once, on ConnectionLostException");
    }

    /** {@link #call} for a call that returns nothing. */
    public static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}

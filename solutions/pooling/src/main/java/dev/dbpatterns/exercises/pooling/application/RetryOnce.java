package dev.dbpatterns.exercises.pooling.application;

import dev.dbpatterns.exercises.pooling.domain.ConnectionLostException;
import java.util.function.Supplier;

/** Runs a call once more when its connection broke, and only then: a killed connection loses no request. */
public final class RetryOnce {
    private RetryOnce() {
    }

    public static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConnectionLostException lost) {
            return call.get();
        }
    }

    public static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}

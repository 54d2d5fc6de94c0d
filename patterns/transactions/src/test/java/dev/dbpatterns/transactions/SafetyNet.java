package dev.dbpatterns.transactions;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * The only time limit a concurrency step may have: one that fails it. A step waits for what the
 * other thread did (a latch it counted down, a result it returned); the limit is there so that a
 * broken adapter fails the test with a sentence instead of hanging the build, never so that the
 * test goes on. It is far longer than any step takes on a loaded machine.
 */
final class SafetyNet {
    static final long SECONDS = 60;

    private SafetyNet() {
    }

    /** Waits for the latch to open; fails, naming what never happened, when it does not. */
    static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionFailedError(what + " did not happen within " + SECONDS + " s");
        }
    }

    /** The thread's result; its exception, unwrapped, if it failed; a failure naming it if it never ends. */
    static <T> T result(Future<T> thread, String what) throws Exception {
        try {
            return thread.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionFailedError(what + " was not done after " + SECONDS + " s: waiting for a lock no one lets go?");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}

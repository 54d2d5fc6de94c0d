package dev.dbpatterns.kit.lesson;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Threads that meet in a lesson: workers started together, meeting points, and waits for what
 * another thread did. Steps are ordered by latches and results, never by sleeping; the only time
 * limit is a safety net that fails the step, with a sentence, instead of hanging the build. It is
 * far longer than any step takes on a loaded machine, and nothing ever goes on when it expires.
 */
public final class Workers {
    public static final Duration SAFETY_NET = Duration.ofSeconds(60);

    @FunctionalInterface
    public interface Work {
        void run(int worker) throws Exception;
    }

    /** The failure of worker {@code worker} in words; it may rethrow what must reach the test as it is. */
    @FunctionalInterface
    public interface Explanation {
        String of(int worker, Throwable failure);
    }

    private Workers() {
    }

    /**
     * Runs the work on this many workers, numbered from 0, released together, and waits for them
     * all. The first failure fails the step at once (an AssertionError as it is, anything else
     * explained) and the other workers are interrupted, then awaited, so they give back their
     * connections before the test looks at the pool.
     */
    public static void run(int workers, Duration net, Work work, Explanation explain) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        ExecutorCompletionService<Integer> finished = new ExecutorCompletionService<>(threads);
        Map<Future<Integer>, Integer> numbers = new HashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int worker = 0; worker < workers; worker++) {
                int number = worker;
                numbers.put(finished.submit(() -> {
                    start.await();
                    work.run(number);
                    return number;
                }), number);
            }
            start.countDown();
            long deadline = System.nanoTime() + net.toNanos();
            for (int done = 0; done < workers; done++) {
                Future<Integer> worker = finished.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (worker == null) {
                    throw new AssertionFailedError((workers - done) + " of " + workers + " workers were still at work after "
                            + net.toSeconds() + " s: waiting for a lock no one lets go, or at a meeting point for one who never comes?");
                }
                finish(worker, numbers.get(worker), explain);
            }
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(net.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** {@link #run(int, Duration, Work, Explanation)} with the default net, a failure named as it is. */
    public static void run(int workers, Work work) throws Exception {
        run(workers, SAFETY_NET, work, (worker, failure) -> "worker " + worker + " failed: " + failure);
    }

    /**
     * Counts this worker in at a meeting point and waits until all the latch counts have come. No
     * limit of its own, so nobody goes on early: a worker that fails before it gets there ends the
     * run, and the run interrupts this wait.
     */
    public static void meet(CountDownLatch point) throws InterruptedException {
        point.countDown();
        point.await();
    }

    /** What a step waits for: a count a pool reports, a row a server lists, a line a library logged. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Waits until the condition holds, looking again every few milliseconds: how a step waits for
     * what a pool, a server or a log reports, never for a while. Fails, naming what never happened,
     * only when it does not come within the safety net.
     */
    public static void until(Supplier<String> what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionFailedError(what.get() + " did not happen within " + SAFETY_NET.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** Waits for the latch another thread opens; fails, naming what never happened, when it does not. */
    public static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(SAFETY_NET.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionFailedError(what + " did not happen within " + SAFETY_NET.toSeconds() + " s");
        }
    }

    /** Another thread's result; its own exception if it failed; a failure naming it if it never ends. */
    public static <T> T result(Future<T> thread, String what) throws Exception {
        try {
            return thread.get(SAFETY_NET.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionFailedError(what + " was not done after " + SAFETY_NET.toSeconds()
                    + " s: waiting for a lock no one lets go?");
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    private static void finish(Future<Integer> worker, int number, Explanation explain) throws Exception {
        try {
            worker.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionFailedError(explain.of(number, failure), failure);
        }
    }

    private static Exception unwrapped(ExecutionException e) {
        if (e.getCause() instanceof Exception failure) {
            return failure;
        }
        if (e.getCause() instanceof Error failure) {
            throw failure;
        }
        return e;
    }
}

package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.InsufficientBalanceException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.opentest4j.AssertionFailedError;

/**
 * Tills working at the same moment, each on a thread of its own, all started together so that
 * their transactions meet. A till that fails fails the test, with the reason put in words.
 */
final class Tills {
    /** A safety net that fails the test, never a pause: the tills take about a second, even on two busy cores. */
    private static final long SECONDS_ALLOWED = 30;

    @FunctionalInterface
    interface Work {
        void run(int till) throws Exception;
    }

    @FunctionalInterface
    interface Payment {
        /** Pays once; InsufficientBalanceException when the card cannot cover it. */
        void pay() throws Exception;
    }

    record Outcome(long paid, long refused) {
    }

    private Tills() {
    }

    /** Each till makes its payments one after the other; a refused payment is an answer, not a failure. */
    static Outcome pay(int tills, int paymentsEach, Payment payment) throws Exception {
        AtomicLong paid = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        run(tills, till -> {
            for (int i = 0; i < paymentsEach; i++) {
                try {
                    payment.pay();
                    paid.incrementAndGet();
                } catch (InsufficientBalanceException noMoney) {
                    refused.incrementAndGet();
                }
            }
        });
        return new Outcome(paid.get(), refused.get());
    }

    /**
     * Runs the work on this many tills, numbered from 0, and waits for them all. The first till
     * to fail fails the test at once, and the others are stopped: one that waits at a
     * {@link #meet meeting point} for the failed till is interrupted, not left waiting.
     */
    static void run(int tills, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tills);
        ExecutorCompletionService<Integer> finished = new ExecutorCompletionService<>(threads);
        Map<Future<Integer>, String> names = new HashMap<>(); // the completion queue hands back these same futures
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int till = 0; till < tills; till++) {
                int number = till;
                names.put(finished.submit(() -> {
                    start.await();
                    work.run(number);
                    return number;
                }), "till " + till);
            }
            start.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_ALLOWED);
            for (int done = 0; done < tills; done++) {
                Future<Integer> till = finished.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (till == null) {
                    throw new AssertionFailedError((tills - done) + " of the tills were still at work after "
                            + SECONDS_ALLOWED + " s: a transaction waiting for a lock that is never let go, a retry"
                            + " that never ends, or a till waiting at a meeting point for one that never comes?");
                }
                finish(till, names.get(till));
            }
        } finally {
            threads.shutdownNow();
            // A stopped till rolls back and gives its connection back before the test checks the pool.
            threads.awaitTermination(SECONDS_ALLOWED, TimeUnit.SECONDS);
        }
    }

    /**
     * Counts this till in at a meeting point and waits until as many tills as the latch counts
     * have got there. No time limit of its own, so no till ever goes on before the others: a till
     * that fails before it gets there ends the run, and the run interrupts this wait.
     */
    static void meet(CountDownLatch point) throws InterruptedException {
        point.countDown();
        point.await();
    }

    private static void finish(Future<Integer> till, String name) throws Exception {
        try {
            till.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            Thrown.throwOnIfTodo(failure);
            if (failure instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionFailedError(name + " failed: " + explain(failure), failure);
        }
    }

    /** The failure in words, naming the concept it shows. */
    static String explain(Throwable failure) {
        if (failure instanceof ConcurrentUpdateException) {
            return "a ConcurrentUpdateException came out of Retry (" + failure.getMessage() + "). A conflict must be"
                    + " run again, the whole transaction, up to the attempts Retry was given.";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return failure.getClass().getSimpleName() + " from the database, SQLState " + sql.getSQLState()
                        + ", vendor code " + sql.getErrorCode() + ": " + firstLine(sql) + "\nA deadlock (SQLState 40P01"
                        + " on PostgreSQL, 40001 on H2 and MariaDB, whose code is 1213) or a serialization failure (40001;"
                        + " MariaDB's code 1020) means the database gave up on this transaction so that another could"
                        + " finish: a conflict, worth running again. The adapter must report it as"
                        + " ConcurrentUpdateException: ask DatabaseErrors, with the SQLState and vendor code.";
            }
        }
        return failure.toString();
    }

    private static String firstLine(Throwable error) {
        return String.valueOf(error.getMessage()).lines().findFirst().orElse("");
    }
}

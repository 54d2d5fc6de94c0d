package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.InsufficientBalanceException;
import dev.dbpatterns.kit.lesson.Thrown;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tills working at the same moment, each on a thread of its own, all started together so that
 * their transactions meet. A till that fails fails the test, with the reason put in words.
 */
final class Tills {
    /** A safety net that fails the test, never a pause: the tills take about a second, even on two busy cores. */
    private static final Duration NET = Duration.ofSeconds(30);

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
        Workers.run(tills, NET, work::run, (till, failure) -> {
            Thrown.throwOnIfTodo(failure);
            return "till " + till + " failed: " + explain(failure);
        });
    }

    /** Counts this till in at a meeting point and waits, with no limit, until every till has come. */
    static void meet(CountDownLatch point) throws InterruptedException {
        Workers.meet(point);
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

package dev.dbpatterns.transactions;

import dev.dbpatterns.transactions.application.Withdrawal;
import dev.dbpatterns.transactions.application.Withdrawals;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.opentest4j.AssertionFailedError;

/**
 * Many holders withdrawing at once from one household: {@link #THREADS} threads, each making
 * {@link #WITHDRAWALS_PER_THREAD} withdrawals of 1, even threads from the first account, odd ones
 * from the second. They start together, so they meet on the same rows all the time.
 */
final class Crowd {
    static final int THREADS = 8;
    static final int WITHDRAWALS_PER_THREAD = 250;
    static final int ATTEMPTS = THREADS * WITHDRAWALS_PER_THREAD;

    /** How the crowd fared: how many withdrawals went through, how many were refused, in how long. */
    record Outcome(long withdrawn, long refused, long millis) {
    }

    private Crowd() {
    }

    static Outcome withdraw(Withdrawals withdrawals, Bank.Couple couple) throws Exception {
        AtomicLong withdrawn = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                long account = thread % 2 == 0 ? couple.first() : couple.second();
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < WITHDRAWALS_PER_THREAD; i++) {
                        Withdrawal result = withdrawals.withdraw(couple.household(), account, 1);
                        (result == Withdrawal.WITHDRAWN ? withdrawn : refused).incrementAndGet();
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> thread : running) {
                // A thread's failure fails the test with its exception. The limit is a safety net
                // that fails too: a crowd takes seconds, even on a loaded machine.
                try {
                    thread.get(5, TimeUnit.MINUTES);
                } catch (TimeoutException e) {
                    throw new AssertionFailedError("The crowd was still withdrawing after 5 minutes: a lock never let go?");
                }
            }
            return new Outcome(withdrawn.get(), refused.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } finally {
            threads.shutdownNow();
        }
    }
}

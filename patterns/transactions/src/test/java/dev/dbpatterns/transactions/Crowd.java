package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.Workers;
import dev.dbpatterns.transactions.application.Withdrawal;
import dev.dbpatterns.transactions.application.Withdrawals;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many holders withdrawing at once from one household: {@link #THREADS} threads, each making
 * {@link #WITHDRAWALS_PER_THREAD} withdrawals of 1, even threads from the first account, odd ones
 * from the second. They start together, so they meet on the same rows all the time.
 */
final class Crowd {
    static final int THREADS = 8;
    static final int WITHDRAWALS_PER_THREAD = 250;
    static final int ATTEMPTS = THREADS * WITHDRAWALS_PER_THREAD;
    /** 2,000 serializable withdrawals with retries take seconds; the net only keeps a broken fix from hanging. */
    private static final Duration NET = Duration.ofMinutes(5);

    /** How the crowd fared: how many withdrawals went through, how many were refused, in how long. */
    record Outcome(long withdrawn, long refused, long millis) {
    }

    private Crowd() {
    }

    static Outcome withdraw(Withdrawals withdrawals, Bank.Couple couple) throws Exception {
        AtomicLong withdrawn = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long started = System.nanoTime();
        Workers.run(THREADS, NET, thread -> {
            long account = thread % 2 == 0 ? couple.first() : couple.second();
            for (int i = 0; i < WITHDRAWALS_PER_THREAD; i++) {
                Withdrawal result = withdrawals.withdraw(couple.household(), account, 1);
                (result == Withdrawal.WITHDRAWN ? withdrawn : refused).incrementAndGet();
            }
        }, (thread, failure) -> "holder " + thread + " failed: " + failure);
        return new Outcome(withdrawn.get(), refused.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}

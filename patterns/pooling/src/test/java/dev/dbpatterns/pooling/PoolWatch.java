package dev.dbpatterns.pooling;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Waits until a pool reports a state: how the lessons order their steps (threads borrowing and
 * waiting happen on their own schedule; the pool's counters say when they have). The look is
 * repeated every few milliseconds; the safety net only fails a step that never gets there.
 */
final class PoolWatch {
    private PoolWatch() {
    }

    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    static void until(String what, Condition condition) throws Exception {
        until(() -> what, condition);
    }

    static void until(Supplier<String> what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + Workers.SAFETY_NET.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionFailedError(what.get() + " did not happen within " + Workers.SAFETY_NET.toSeconds() + " s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** Until the pool has lent this many connections and this many threads wait for one. */
    static void until(HikariPoolMXBean pool, int active, int waiting) throws Exception {
        until(() -> active + " connections lent and " + waiting + " callers waiting (last seen: " + pool.getActiveConnections()
                        + " lent, " + pool.getThreadsAwaitingConnection() + " waiting)",
                () -> pool.getActiveConnections() == active && pool.getThreadsAwaitingConnection() == waiting);
    }
}

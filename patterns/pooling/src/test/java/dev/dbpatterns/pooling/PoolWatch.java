package dev.dbpatterns.pooling;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.function.Supplier;

/**
 * Waits until a pool reports a state: how the lessons order their steps (threads borrowing and
 * waiting happen on their own schedule; the pool's counters say when they have). The kit's
 * {@link Workers#until} looks again every few milliseconds; its safety net only fails a step that
 * never gets there.
 */
final class PoolWatch {
    private PoolWatch() {
    }

    static void until(String what, Workers.Condition condition) throws Exception {
        Workers.until(() -> what, condition);
    }

    static void until(Supplier<String> what, Workers.Condition condition) throws Exception {
        Workers.until(what, condition);
    }

    /** Until the pool has lent this many connections and this many threads wait for one. */
    static void until(HikariPoolMXBean pool, int active, int waiting) throws Exception {
        until(() -> active + " connections lent and " + waiting + " callers waiting (last seen: " + pool.getActiveConnections()
                        + " lent, " + pool.getThreadsAwaitingConnection() + " waiting)",
                () -> pool.getActiveConnections() == active && pool.getThreadsAwaitingConnection() == waiting);
    }
}

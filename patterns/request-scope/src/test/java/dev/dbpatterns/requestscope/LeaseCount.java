package dev.dbpatterns.requestscope;

import dev.dbpatterns.kit.lesson.WrappedPool;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The server's own count of the connections the pool lent it: how many it holds now, the most it held at once, and
 * how many times it borrowed. Counted where the server borrows (getConnection) and gives back (close), not timed.
 */
final class LeaseCount extends WrappedPool {
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicInteger borrowed = new AtomicInteger();

    LeaseCount(DataSource pool) {
        super(pool);
    }

    int held() {
        return held.get();
    }

    int most() {
        return most.get();
    }

    int borrowed() {
        return borrowed.get();
    }

    void reset() {
        most.set(held.get());
        borrowed.set(0);
    }

    @Override
    protected Connection lent(Connection connection) {
        borrowed.incrementAndGet();
        most.accumulateAndGet(held.incrementAndGet(), Math::max);
        return onGiveBack(connection, held::decrementAndGet);
    }
}

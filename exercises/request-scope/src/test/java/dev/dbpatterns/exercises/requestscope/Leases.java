package dev.dbpatterns.exercises.requestscope;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The server's side of the pool: connections it borrowed and has not given back, the most it held at once, and how
 * many it borrowed in all. Counted where it borrows (getConnection) and gives back (close), never sampled on a clock.
 */
final class Leases {
    final AtomicInteger held = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final AtomicInteger borrowed = new AtomicInteger();
    final DataSource counted;

    Leases(DataSource pool) {
        counted = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = forward(pool, method, args);
                    return result instanceof Connection lent ? watched(lent) : result;
                });
    }

    /** Starts a step afresh; what is held stays held. */
    void restart() {
        most.set(held.get());
        borrowed.set(0);
    }

    private Connection watched(Connection lent) {
        borrowed.incrementAndGet();
        most.accumulateAndGet(held.incrementAndGet(), Math::max);
        AtomicBoolean back = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && back.compareAndSet(false, true)) {
                        held.decrementAndGet();
                    }
                    return forward(lent, method, args);
                });
    }

    /** A proxy's call passed on to the object it stands for, the object's own exception rethrown as it was. */
    static Object forward(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

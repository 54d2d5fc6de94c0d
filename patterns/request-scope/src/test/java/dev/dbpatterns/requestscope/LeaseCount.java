package dev.dbpatterns.requestscope;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The server's own count of the connections the pool lent it: how many it holds now, the most it held at once, and
 * how many times it borrowed. Counted where the server borrows (getConnection) and gives back (close), not timed.
 */
final class LeaseCount implements DataSource {
    private final DataSource pool;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicInteger borrowed = new AtomicInteger();

    LeaseCount(DataSource pool) {
        this.pool = pool;
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
    public Connection getConnection() throws SQLException {
        return counted(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return counted(pool.getConnection(user, password));
    }

    private Connection counted(Connection lent) {
        borrowed.incrementAndGet();
        most.accumulateAndGet(held.incrementAndGet(), Math::max);
        AtomicInteger closes = new AtomicInteger();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && closes.getAndIncrement() == 0) {
                        held.decrementAndGet();
                    }
                    try {
                        return method.invoke(lent, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}

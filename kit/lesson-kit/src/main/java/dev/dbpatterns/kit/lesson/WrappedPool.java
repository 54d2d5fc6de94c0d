package dev.dbpatterns.kit.lesson;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource in front of a pool, for a lesson that watches what the code under test borrows:
 * a subclass sees each connection as it is lent ({@link #lent}) and can learn when the borrower
 * gives it back ({@link #onGiveBack}); everything else is the pool's.
 */
public abstract class WrappedPool implements DataSource {
    private final DataSource pool;

    protected WrappedPool(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return lent(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return lent(pool.getConnection(user, password));
    }

    /** What the borrower gets for a connection the pool lent. */
    protected abstract Connection lent(Connection connection) throws SQLException;

    /**
     * The connection as it is, except that its first close runs {@code beforeClose} first: a
     * borrower closing twice gives it back once.
     */
    protected static Connection onGiveBack(Connection connection, Runnable beforeClose) {
        AtomicBoolean givenBack = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && givenBack.compareAndSet(false, true)) {
                        beforeClose.run();
                    }
                    try {
                        return method.invoke(connection, arguments);
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

package dev.dbpatterns.async.mybatis;

import dev.dbpatterns.async.domain.Cancellation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * MyBatis has no way to cancel what a session runs; this plugin hands each statement it prepares, on a thread that
 * asked for it, to that call's {@link Cancellation}, whose stop is JDBC's {@code Statement.cancel}: the driver has
 * the server stop it (PostgreSQL: a cancel request; MariaDB: KILL QUERY), and the connection stays usable.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class RunningStatements implements Interceptor {
    /** Where this thread's call hands the stop of each statement it prepares; empty outside such a call. */
    private static final ThreadLocal<Consumer<Runnable>> WATCHING = new ThreadLocal<>();

    /** Runs the call with every statement it prepares on this thread stoppable by {@code cancellation}, until it returns. */
    static <T> T watched(Cancellation cancellation, Supplier<T> call) {
        List<Runnable> stops = new ArrayList<>();
        WATCHING.set(stop -> {
            stops.add(stop);
            cancellation.register(stop);
        });
        try {
            return call.get();
        } finally {
            WATCHING.remove();
            stops.forEach(cancellation::unregister); // the statements are closed: nothing of theirs to stop
        }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.proceed();
        Consumer<Runnable> watching = WATCHING.get();
        if (watching != null) {
            watching.accept(() -> cancel(statement));
        }
        return statement;
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            throw new IllegalStateException("could not cancel a statement", e);
        }
    }
}

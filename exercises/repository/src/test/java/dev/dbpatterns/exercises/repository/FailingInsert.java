package dev.dbpatterns.exercises.repository;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The test's real database, except that executing an INSERT INTO review fails with the error given,
 * as the driver would throw it. The database a test runs on can only raise its own codes; this lets
 * an adapter's reading of PostgreSQL's, MariaDB's and H2's codes be graded on any of them.
 */
final class FailingInsert {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeLargeUpdate");

    private FailingInsert() {
    }

    static DataSource on(DataSource database, SQLException error) {
        return proxy(DataSource.class, database, (method, args) -> {
            Object result = method.invoke(database, args);
            return result instanceof Connection connection ? failingInserts(connection, error) : result;
        });
    }

    private static Connection failingInserts(Connection connection, SQLException error) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = method.invoke(connection, args);
            boolean insertsAReview = method.getName().equals("prepareStatement")
                    && args[0].toString().trim().toLowerCase(Locale.ROOT).startsWith("insert into review");
            return insertsAReview ? failingExecution((PreparedStatement) result, error) : result;
        });
    }

    private static PreparedStatement failingExecution(PreparedStatement statement, SQLException error) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                throw error;
            }
            return method.invoke(statement, args);
        });
    }

    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }

    /** A proxy that passes every call to the target through {@code call}, unwrapping what the target threw. */
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return call.on(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(FailingInsert.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}

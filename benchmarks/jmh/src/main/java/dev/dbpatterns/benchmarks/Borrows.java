package dev.dbpatterns.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Benchmark 3a: where a connection comes from: HikariCP, MyBatis's PooledDataSource, or a new physical one. */
final class Borrows {
    static final String[] STYLES = {"hikari", "myBatisPooled", "newConnection"};

    interface ConnectionSource extends AutoCloseable {
        Connection get() throws SQLException;

        @Override
        default void close() {
        }
    }

    private Borrows() {
    }

    static ConnectionSource open(String style, BenchDatabase database) throws SQLException {
        return switch (style) {
            case "hikari" -> database.pool(PoolSettings.BORROW_POOL_SIZE)::getConnection;
            case "myBatisPooled" -> {
                var pool = database.myBatisPool(PoolSettings.BORROW_POOL_SIZE);
                yield new ConnectionSource() {
                    @Override
                    public Connection get() throws SQLException {
                        return pool.getConnection();
                    }

                    @Override
                    public void close() {
                        pool.forceCloseAll();
                    }
                };
            }
            case "newConnection" -> database::connectDirectly;
            default -> throw new IllegalArgumentException("no connection source " + style);
        };
    }

    static boolean isPooled(String style) {
        return !style.equals("newConnection");
    }

    /**
     * The check before measuring: two borrows in a row get the same server session from a pool,
     * and two different ones without.
     */
    static void check(boolean pooled, ConnectionSource source, BenchDatabase database, SentSql sent) throws SQLException {
        String first = sessionOf(source, database);
        String second = sessionOf(source, database);
        sent.require(pooled == first.equals(second), (pooled
                ? "a pool must hand the same server session to two borrows in a row"
                : "a new connection must open a new server session") + "; sessions " + first + " and " + second);
    }

    private static String sessionOf(ConnectionSource source, BenchDatabase database) throws SQLException {
        try (Connection connection = source.get(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(database.sessionIdQuery())) {
            rows.next();
            return rows.getString(1);
        }
    }
}

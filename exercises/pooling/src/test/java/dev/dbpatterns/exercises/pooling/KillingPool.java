package dev.dbpatterns.exercises.pooling;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.WrappedPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool whose next borrowed connections are killed on the server before the borrower gets them,
 * as an administrator or a restarted server would: PostgreSQL's pg_terminate_backend, MariaDB's
 * KILL, H2's ABORT_SESSION. Nothing is faked: the borrower's next statement meets a dead session,
 * and the driver says so in its own words. It also counts the borrows: one per attempt.
 */
final class KillingPool extends WrappedPool implements AutoCloseable {
    private static final Duration NET = Duration.ofSeconds(30);

    private final LessonDatabase db;
    private final HikariDataSource pool;
    private final AtomicInteger toKill = new AtomicInteger();
    private final AtomicInteger borrowed = new AtomicInteger();

    KillingPool(LessonDatabase db, HikariDataSource pool) {
        super(pool);
        this.db = db;
        this.pool = pool;
    }

    /** The next {@code connections} borrows get a killed connection; the count of borrows starts again. */
    void killNext(int connections) {
        toKill.set(connections);
        borrowed.set(0);
    }

    int borrowed() {
        return borrowed.get();
    }

    int active() {
        return Pools.active(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        borrowed.incrementAndGet();
        return super.getConnection();
    }

    /**
     * HikariCP throws away a connection whose error says it is dead (SQLState 08…, PostgreSQL's 57P01) by
     * itself, but knows nothing of H2's "object already closed" (90007), and would pool the dead H2 connection
     * again for the retry to borrow. So a killed connection is evicted when its borrower gives it back, on every
     * database alike; until then the borrower meets the dead session, and the driver's own words, unchanged.
     */
    @Override
    protected Connection lent(Connection connection) throws SQLException {
        if (toKill.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            kill(connection);
            return onGiveBack(connection, () -> pool.evictConnection(connection));
        }
        return connection;
    }

    private void kill(Connection connection) throws SQLException {
        long session = sessionOf(connection);
        switch (db.target()) {
            case POSTGRES -> db.queryForList(Boolean.class, "select pg_terminate_backend(cast(? as integer))", session);
            case MARIADB -> db.update("kill " + session);
            case H2 -> db.queryForList(Boolean.class, "select abort_session(cast(? as integer))", session);
        }
        awaitGone(session);
    }

    private static long sessionOf(Connection connection) throws SQLException {
        String sql = switch (connection.getMetaData().getDatabaseProductName().toLowerCase()) {
            case "postgresql" -> "select pg_backend_pid()";
            case "h2" -> "select session_id()";
            default -> "select connection_id()";
        };
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Until the server no longer lists the session: ordered by what the database reports, never by a pause. */
    private void awaitGone(long session) {
        String listed = switch (db.target()) {
            case POSTGRES -> "select count(*) from pg_stat_activity where pid = cast(? as integer)";
            case MARIADB -> "select count(*) from information_schema.processlist where id = ?";
            case H2 -> "select count(*) from information_schema.sessions where session_id = cast(? as integer)";
        };
        long deadline = System.nanoTime() + NET.toNanos();
        while (db.queryForLong(listed, session) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("session " + session + " still listed " + NET.toSeconds() + " s after it was killed");
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

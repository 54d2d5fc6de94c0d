package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * One transaction of a scenario: a pooled connection and a thread of its own, so that a step
 * that waits for a lock holds up only its own transaction. Steps run on that thread in the
 * order they are given. (Not called a session: in this course a Session is Hibernate's.)
 */
final class Participant implements AutoCloseable {
    private final Tx tx;
    private final Connection connection;
    private final ExecutorService thread;
    private final long id;
    private volatile boolean failed;
    private volatile boolean ended;

    private Participant(Tx tx, Connection connection, long id) {
        this.tx = tx;
        this.connection = connection;
        this.id = id;
        this.thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "anomaly-" + tx));
    }

    static Participant open(Tx tx, DataSource dataSource, DatabaseTarget target, Level level) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            long id = SessionSetup.prepare(connection, target, level);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(level.jdbcLevel());
            return new Participant(tx, connection, id);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    long id() {
        return id;
    }

    boolean hasFailed() {
        return failed;
    }

    boolean isOpen() {
        return !ended;
    }

    CompletableFuture<StepResult> submit(Step step) {
        return CompletableFuture.supplyAsync(() -> execute(step), thread);
    }

    private StepResult execute(Step step) {
        if (failed) {
            return new StepResult.Skipped();
        }
        try (Statement statement = connection.createStatement()) {
            return switch (step.kind()) {
                case WRITE -> new StepResult.Changed(statement.executeUpdate(step.sql()));
                case READ -> new StepResult.Read(rows(statement.executeQuery(step.sql())));
                case COMMIT -> end(true);
                case ROLLBACK -> end(false);
            };
        } catch (SQLException e) {
            // Whatever failed, the transaction is over: PostgreSQL refuses every later statement,
            // and a deadlock victim is already rolled back on MariaDB and H2.
            failed = true;
            rollbackQuietly();
            return StepResult.Failed.of(e);
        }
    }

    private StepResult end(boolean commit) throws SQLException {
        ended = true;
        if (commit) {
            connection.commit();
        } else {
            connection.rollback();
        }
        return new StepResult.Ended();
    }

    private static Map<Integer, Integer> rows(ResultSet result) throws SQLException {
        try (result) {
            Map<Integer, Integer> rows = new LinkedHashMap<>();
            while (result.next()) {
                rows.put(result.getInt("id"), result.getInt("quantity"));
            }
            return rows;
        }
    }

    private void rollbackQuietly() {
        ended = true;
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is closed next; the pool resets it.
        }
    }

    /** Rolls back what a scenario left open and gives the connection back; call once every step has ended. */
    @Override
    public void close() throws SQLException {
        thread.shutdownNow();
        try (connection) {
            if (!ended) {
                connection.rollback();
            }
        }
    }

    @Override
    public String toString() {
        return tx.toString();
    }
}

package dev.dbpatterns.pooling;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The box office manager counting the takings: holds the concert's row lock on a connection of
 * its own, outside every pool, so each buyer who comes meanwhile waits in the database while
 * holding a pooled connection. Released by {@link #release()} or at close (a rollback).
 */
final class RowLock implements AutoCloseable {
    private final Connection connection;

    private RowLock(Connection connection) {
        this.connection = connection;
    }

    static RowLock onConcert(LessonDatabase db, long concertId) throws SQLException {
        Connection connection = db.address().connect();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select seats_left from concert where id = ? for update")) {
                lock.setLong(1, concertId);
                lock.executeQuery().close();
            }
            return new RowLock(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    void release() throws SQLException {
        connection.rollback();
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }
}

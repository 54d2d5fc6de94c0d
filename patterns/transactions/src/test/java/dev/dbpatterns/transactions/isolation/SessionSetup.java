package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs by database around a scenario, not in it: the lock timeout that keeps a waiting
 * step from hanging, and MariaDB's snapshot-isolation switch. All of it goes through the
 * driver's own connection, unwrapped from the pool, so none of it
 * shows among the statements a lesson is about.
 */
final class SessionSetup {
    /** Far longer than any step waits in a scenario; only a broken scenario ever reaches it. */
    static final int LOCK_TIMEOUT_SECONDS = 5;

    private SessionSetup() {
    }

    /** Sets the session up for the level and returns the id the database knows it by. */
    static long prepare(Connection pooled, DatabaseTarget target, Level level) throws SQLException {
        Connection driver = driverConnection(pooled, target);
        try (Statement statement = driver.createStatement()) {
            switch (target) {
                case H2 -> statement.execute("set lock_timeout " + LOCK_TIMEOUT_SECONDS * 1000);
                case POSTGRES -> statement.execute("set lock_timeout = '" + LOCK_TIMEOUT_SECONDS + "s'");
                case MARIADB -> {
                    statement.execute("set session innodb_lock_wait_timeout = " + LOCK_TIMEOUT_SECONDS);
                    // Set either way: a pooled connection keeps what the last scenario set.
                    if (hasSnapshotIsolationSwitch(statement)) {
                        statement.execute("set session innodb_snapshot_isolation = "
                                + (level == Level.REPEATABLE_READ_SNAPSHOT_ISOLATION ? "on" : "off"));
                    }
                }
            }
            try (ResultSet id = statement.executeQuery(switch (target) {
                case H2 -> "select session_id()";
                case POSTGRES -> "select pg_backend_pid()";
                case MARIADB -> "select connection_id()";
            })) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** MariaDB has the switch since 10.6.18, 10.11.8 and 11.4.2. */
    static boolean hasSnapshotIsolationSwitch(LessonDatabase db) {
        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            return hasSnapshotIsolationSwitch(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask MariaDB for innodb_snapshot_isolation: " + e.getMessage(), e);
        }
    }

    private static boolean hasSnapshotIsolationSwitch(Statement statement) throws SQLException {
        try (ResultSet variable = statement.executeQuery("show variables like 'innodb_snapshot_isolation'")) {
            return variable.next();
        }
    }

    private static Connection driverConnection(Connection pooled, DatabaseTarget target) throws SQLException {
        return switch (target) {
            case H2 -> pooled.unwrap(org.h2.jdbc.JdbcConnection.class);
            case POSTGRES -> pooled.unwrap(org.postgresql.core.BaseConnection.class);
            case MARIADB -> pooled.unwrap(org.mariadb.jdbc.Connection.class);
        };
    }
}

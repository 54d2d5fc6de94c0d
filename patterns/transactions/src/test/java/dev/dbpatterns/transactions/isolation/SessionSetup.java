package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs by database around a scenario, not in it: the lock timeout that keeps a waiting
 * step from hanging, MariaDB's snapshot-isolation switch, and how to see that a session waits for a
 * lock. All of it goes through the driver's own connection, unwrapped from the pool, so none of it
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

    /**
     * How long to wait between two looks at the lock waits. InnoDB serves information_schema.innodb_trx
     * from a cache it refreshes only when nobody read it for 100 ms: polled faster, it never changes.
     */
    static long millisBetweenLooks(DatabaseTarget target) {
        return target == DatabaseTarget.MARIADB ? 150 : 20;
    }

    /** Whether the session is waiting for a lock another transaction holds, as the database reports it. */
    static boolean isWaitingForLock(Connection observer, DatabaseTarget target, long sessionId) throws SQLException {
        String sql = switch (target) {
            case H2 -> "select count(*) from information_schema.sessions where session_id = ? and blocker_id is not null";
            case POSTGRES -> "select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'";
            case MARIADB -> "select count(*) from information_schema.innodb_trx"
                    + " where trx_mysql_thread_id = ? and trx_state = 'LOCK WAIT'";
        };
        try (PreparedStatement query = observer.prepareStatement(sql)) {
            query.setLong(1, sessionId);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
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

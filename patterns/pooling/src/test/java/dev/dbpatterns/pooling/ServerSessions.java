package dev.dbpatterns.pooling;

import com.zaxxer.hikari.HikariConfig;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The connections one lesson pool holds, counted by the server rather than taken from the pool's
 * word. The pool's connections carry a mark the server shows: an application_name on PostgreSQL
 * (pg_stat_activity), a login of their own on MariaDB (information_schema.processlist; its
 * performance_schema, which would show connection attributes, is often off) and on H2
 * (information_schema.sessions). The login is created here and dropped at close; nothing global
 * changes.
 */
final class ServerSessions implements AutoCloseable {
    private final LessonDatabase db;
    private final String mark;
    private final String password;
    private final Connection observer;

    private ServerSessions(LessonDatabase db, String mark, String password, Connection observer) {
        this.db = db;
        this.mark = mark;
        this.password = password;
        this.observer = observer;
    }

    static ServerSessions open(LessonDatabase db) throws SQLException {
        String mark = "pool_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        String password = "pw_" + mark;
        Connection observer = db.address().connect();
        try (Statement statement = observer.createStatement()) {
            switch (db.target()) {
                case H2 -> statement.execute("create user " + mark + " password '" + password + "' admin");
                case MARIADB -> {
                    statement.execute("create user '" + mark + "'@'%' identified by '" + password + "'");
                    statement.execute("grant all on `" + db.schemaName() + "`.* to '" + mark + "'@'%'");
                }
                case POSTGRES -> { } // the class's own login, marked by application_name
            }
        } catch (SQLException e) {
            observer.close();
            throw e;
        }
        return new ServerSessions(db, mark, password, observer);
    }

    /** A pool configuration whose connections the server counts here; the rest is the lesson's to set. */
    HikariConfig pool(int maximumPoolSize) {
        HikariConfig config = LessonPools.hikari(db, maximumPoolSize);
        config.setPoolName(mark);
        config.setMinimumIdle(1); // grows on demand: the bound, not a fixed size, is what keeps it at the maximum
        if (db.target() == DatabaseTarget.POSTGRES) {
            config.addDataSourceProperty("ApplicationName", mark);
        } else {
            config.setUsername(mark);
            config.setPassword(password);
        }
        // Buyers wait on a locked row for as long as a lesson needs; the servers' own limits are shorter on H2.
        config.setConnectionInitSql(switch (db.target()) {
            case H2 -> "set lock_timeout 60000";
            case POSTGRES -> "set lock_timeout = '60s'";
            case MARIADB -> "set session innodb_lock_wait_timeout = 60";
        });
        return config;
    }

    /** Waits until one of the pool's sessions waits for a lock on the server (a buyer at the locked row); its id. */
    long blockedSession() throws Exception {
        String sql = switch (db.target()) {
            case H2 -> "select session_id from information_schema.sessions where user_name = upper(?) and blocker_id is not null";
            case POSTGRES -> "select pid from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'";
            // Idle connections sleep; one running a statement on the concert now waits at the row (a
            // connection being opened runs the pool's init SQL, which names no table).
            case MARIADB -> "select id from information_schema.processlist where user = ? and command = 'Query'"
                    + " and info like '%concert%'";
        };
        long[] found = new long[1];
        PoolWatch.until("a session of the pool waiting at the locked row", () -> {
            try (PreparedStatement query = observer.prepareStatement(sql)) {
                query.setString(1, mark);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    found[0] = rows.getLong(1);
                    return true;
                }
            }
        });
        return found[0];
    }

    /** The connections of the pool open on the server now. */
    long count() throws SQLException {
        String sql = switch (db.target()) {
            case H2 -> "select count(*) from information_schema.sessions where user_name = upper(?)";
            case POSTGRES -> "select count(*) from pg_stat_activity where application_name = ?";
            case MARIADB -> "select count(*) from information_schema.processlist where user = ?";
        };
        try (PreparedStatement query = observer.prepareStatement(sql)) {
            query.setString(1, mark);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Call after the pool is closed: a login with open sessions cannot always be dropped. */
    @Override
    public void close() throws SQLException {
        try (observer; Statement statement = observer.createStatement()) {
            switch (db.target()) {
                case H2 -> statement.execute("drop user if exists " + mark);
                case MARIADB -> statement.execute("drop user if exists '" + mark + "'@'%'");
                case POSTGRES -> { }
            }
        }
    }
}

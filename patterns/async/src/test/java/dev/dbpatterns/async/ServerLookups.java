package dev.dbpatterns.async;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The lookups the server is working on right now (statements running {@code pause()}), counted by the server
 * itself, on a connection of its own outside every pool: PostgreSQL's pg_stat_activity (the lesson pools' sessions,
 * by application_name), MariaDB's information_schema.processlist (by the class's database), H2's
 * information_schema.sessions. What the lessons wait for and assert, instead of the pool's word or a clock.
 */
final class ServerLookups implements AutoCloseable {
    private final Connection observer;
    private final String count;
    private final String schema;

    private ServerLookups(Connection observer, String count, String schema) {
        this.observer = observer;
        this.count = count;
        this.schema = schema;
    }

    static ServerLookups open(LessonDatabase db) throws SQLException {
        String count = switch (db.target()) {
            case POSTGRES -> "select count(*) from pg_stat_activity where state = 'active' and query like '%pause(%'"
                    + " and pid <> pg_backend_pid() and application_name = ?";
            case MARIADB -> "select count(*) from information_schema.processlist where info like '%pause(%'"
                    + " and id <> connection_id() and db = ?";
            case H2 -> "select count(*) from information_schema.sessions where lower(executing_statement) like '%pause(%'"
                    + " and session_id <> session_id()"; // the class's own in-memory database: every session is the class's
        };
        return new ServerLookups(db.address().connect(), count, db.schemaName());
    }

    /** How many lookups the server is running now. */
    int running() throws SQLException {
        try (PreparedStatement query = observer.prepareStatement(count)) {
            if (count.contains("?")) {
                query.setString(1, schema);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        observer.close();
    }
}

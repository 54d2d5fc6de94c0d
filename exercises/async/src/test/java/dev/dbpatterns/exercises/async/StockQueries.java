package dev.dbpatterns.exercises.async;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The warehouse counts (statements reading the view stock) the database runs right now, as the database itself lists
 * them, on a connection of its own outside every pool: PostgreSQL's pg_stat_activity (the shelf pool's sessions, by
 * application_name), MariaDB's information_schema.processlist (by the class's database), H2's
 * information_schema.sessions (the class's own in-memory database). A statement the caller gave up on but the
 * database still runs is still listed here.
 */
final class StockQueries implements AutoCloseable {
    private final LessonDatabase db;
    private final Connection observer;

    private StockQueries(LessonDatabase db, Connection observer) {
        this.db = db;
        this.observer = observer;
    }

    static StockQueries open(LessonDatabase db) throws SQLException {
        return new StockQueries(db, db.address().connect());
    }

    /** How many counts the database is running now. */
    int running() throws SQLException {
        return sessions().size();
    }

    /** Has the database end the counts still running: what a wrong answer left behind, so the class can end. */
    void cancelAll() throws SQLException {
        for (long session : sessions()) {
            String cancel = switch (db.target()) {
                case POSTGRES -> "select pg_cancel_backend(" + session + ")";
                case MARIADB -> "kill query " + session;
                case H2 -> "call cancel_session(" + session + ")";
            };
            try (Statement statement = observer.createStatement()) {
                statement.execute(cancel);
            }
        }
    }

    private List<Long> sessions() throws SQLException {
        String sql = switch (db.target()) {
            case POSTGRES -> "select pid from pg_stat_activity where state = 'active' and lower(query) like '%from stock%'"
                    + " and pid <> pg_backend_pid() and application_name = ?";
            case MARIADB -> "select id from information_schema.processlist where lower(info) like '%from stock%'"
                    + " and id <> connection_id() and db = ?";
            case H2 -> "select session_id from information_schema.sessions"
                    + " where lower(executing_statement) like '%from stock%' and session_id <> session_id()";
        };
        try (PreparedStatement query = observer.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setString(1, db.schemaName());
            }
            List<Long> sessions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sessions.add(rows.getLong(1));
                }
            }
            return sessions;
        }
    }

    @Override
    public void close() throws SQLException {
        observer.close();
    }
}

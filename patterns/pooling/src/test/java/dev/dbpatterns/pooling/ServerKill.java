package dev.dbpatterns.pooling;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ends a server session from outside, as a DBA, a failover or a server restart would: on a
 * connection of its own, outside every pool. Returns once the server no longer lists the session,
 * so the next step meets a connection that is really dead.
 */
final class ServerKill {
    private ServerKill() {
    }

    static void kill(LessonDatabase db, long sessionId) throws Exception {
        String kill = switch (db.target()) {
            case H2 -> "call abort_session(?)";
            case POSTGRES -> "select pg_terminate_backend(cast(? as integer))";
            case MARIADB -> "kill connection " + sessionId; // KILL takes no parameter marker
        };
        try (Connection dba = db.address().connect()) {
            try (PreparedStatement statement = dba.prepareStatement(kill)) {
                if (kill.contains("?")) {
                    statement.setLong(1, sessionId);
                }
                statement.execute();
            }
            // pg_terminate_backend only signals the backend; it exits a moment later.
            PoolWatch.until("session " + sessionId + " gone from the server", () -> !isListed(db, dba, sessionId));
        }
    }

    /** Whether the server still lists the session, asked on the DBA's own connection. */
    static boolean isListed(LessonDatabase db, Connection dba, long sessionId) throws SQLException {
        String listed = switch (db.target()) {
            case H2 -> "select count(*) from information_schema.sessions where session_id = ?";
            case POSTGRES -> "select count(*) from pg_stat_activity where pid = ?";
            case MARIADB -> "select count(*) from information_schema.processlist where id = ?";
        };
        try (PreparedStatement statement = dba.prepareStatement(listed)) {
            statement.setLong(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}

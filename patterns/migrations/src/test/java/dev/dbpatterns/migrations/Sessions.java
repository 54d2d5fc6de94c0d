package dev.dbpatterns.migrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The server's number for the session a statement runs in: what pg_locks, the processlist and H2's sessions list it by. */
final class Sessions {
    private Sessions() {
    }

    static long id(Statement statement) throws SQLException {
        String product = statement.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        String sql = product.contains("postgres") ? "select pg_backend_pid()"
                : product.contains("h2") ? "select session_id()" : "select connection_id()";
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

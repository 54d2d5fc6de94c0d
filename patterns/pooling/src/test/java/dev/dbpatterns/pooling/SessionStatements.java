package dev.dbpatterns.pooling;

import dev.dbpatterns.kit.lesson.DatabaseTarget;

/**
 * The SQL that sets and reads a connection's session state on each database: what one borrower
 * can leave behind for the next.
 */
record SessionStatements(String sessionId, String setBuyer, String buyer, String createCart,
                         String switchTemplate, String currentSchema, String otherSchema) {

    /** Switches the session to another schema by SQL, which a pool does not see. */
    String switchTo(String schema) {
        return switchTemplate.formatted(schema);
    }

    static SessionStatements on(DatabaseTarget target) {
        return switch (target) {
            case H2 -> new SessionStatements("select session_id()",
                    "set @buyer = 'alice'", "select @buyer",
                    "create local temporary table cart (seat int)",
                    "set schema %s", "select current_schema", "INFORMATION_SCHEMA");
            case POSTGRES -> new SessionStatements("select pg_backend_pid()",
                    // A custom setting (a dotted name) is PostgreSQL's session variable.
                    "select set_config('box_office.buyer', 'alice', false)", "select current_setting('box_office.buyer', true)",
                    "create temporary table cart (seat int)",
                    "set search_path to %s", "select current_schema()", "pg_catalog");
            case MARIADB -> new SessionStatements("select connection_id()",
                    "set @buyer = 'alice'", "select @buyer",
                    "create temporary table cart (seat int)",
                    "use %s", "select database()", "information_schema");
        };
    }
}

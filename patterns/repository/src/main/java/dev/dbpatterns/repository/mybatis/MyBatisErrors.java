package dev.dbpatterns.repository.mybatis;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation among MyBatis's exceptions. MyBatis passes the
 * driver's SQLException on as the cause; each database reports the violation its own way.
 */
final class MyBatisErrors {
    private static final String STANDARD_SQLSTATE = "23505"; // PostgreSQL, H2
    private static final String MARIADB_SQLSTATE = "23000";  // every integrity violation...
    private static final int MARIADB_DUPLICATE_KEY = 1062;   // ...this one is a duplicate key

    private MyBatisErrors() {
    }

    // tag::unique-violation[]
    static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return STANDARD_SQLSTATE.equals(sql.getSQLState())
                        || MARIADB_SQLSTATE.equals(sql.getSQLState()) && sql.getErrorCode() == MARIADB_DUPLICATE_KEY;
            }
        }
        return false;
    }
    // end::unique-violation[]
}

package dev.dbpatterns.kit.lesson;

import java.sql.SQLException;

/**
 * What the database said, dug out of the exceptions a framework wraps it in: what a lesson about
 * the database asserts, in the pattern modules and the exercises alike.
 */
public final class DriverErrors {
    private DriverErrors() {
    }

    /** The first SQLException among the causes: the database's own words, and its vendor code. */
    public static SQLException sqlException(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("No SQLException among the causes of " + thrown, thrown);
    }

    /** The SQLState of the first SQLException among the causes; null when there is none. */
    public static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** A unique violation: the standard's 23505 on PostgreSQL and H2; MariaDB says 23000 (its code 1062). */
    public static String uniqueViolation(DatabaseTarget target) {
        return target == DatabaseTarget.MARIADB ? "23000" : "23505";
    }
}

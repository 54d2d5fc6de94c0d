package dev.dbpatterns.unitofwork.hibernate;

import java.sql.SQLException;

/**
 * The database's own words for why it refused a write, found among Hibernate's wrappers. The
 * MyBatis adapter has its own {@code MyBatisErrors}: each style shows on its own what its
 * framework wraps the driver's error in.
 */
final class HibernateErrors {
    private HibernateErrors() {
    }

    static String databaseSaid(Throwable error) {
        SQLException deepest = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                deepest = sql;
            }
        }
        // PostgreSQL's batch message ends with advice about getNextException: the first line is the point.
        return deepest == null ? String.valueOf(error.getMessage())
                : "the database said " + deepest.getMessage().lines().findFirst().orElse("").trim();
    }
}

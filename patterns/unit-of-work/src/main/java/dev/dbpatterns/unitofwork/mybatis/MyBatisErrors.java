package dev.dbpatterns.unitofwork.mybatis;

import java.sql.SQLException;

/** The database's own words for why it refused a write, found among MyBatis's wrappers. */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    static String databaseSaid(Throwable error) {
        SQLException deepest = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                deepest = sql;
            }
        }
        if (deepest == null) {
            return String.valueOf(error.getMessage());
        }
        // PostgreSQL's batch message ends with advice about getNextException: the first line is the point.
        return "the database said " + deepest.getMessage().lines().findFirst().orElse("").trim();
    }
}

package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.sql.SQLException;

/** The SQLState of the first SQLException under an exception: what a lesson about the database asserts. */
final class DriverError {
    private DriverError() {
    }

    static String of(Throwable error) {
        return sqlException(error).getSQLState();
    }

    /** The first SQLException under an exception: the database's own words, and its vendor code. */
    static SQLException sqlException(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("No SQLException under " + error, error);
    }

    /** A unique violation: the standard's 23505 on PostgreSQL and H2; MariaDB says 23000 (its code 1062). */
    static String uniqueViolation(DatabaseTarget target) {
        return target == DatabaseTarget.MARIADB ? "23000" : "23505";
    }
}

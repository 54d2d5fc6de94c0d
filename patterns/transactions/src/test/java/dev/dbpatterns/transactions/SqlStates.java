package dev.dbpatterns.transactions;

import java.sql.SQLException;

/** The SQLState of the first SQLException under an exception: what a lesson about the database asserts. */
final class SqlStates {
    private SqlStates() {
    }

    static String of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("No SQLException under " + error, error);
    }
}

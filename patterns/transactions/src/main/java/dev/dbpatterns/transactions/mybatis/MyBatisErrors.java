package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.DatabaseErrors;
import java.sql.SQLException;

/**
 * Turns what MyBatis throws into the domain's exceptions. MyBatis wraps the driver's SQLException in
 * its PersistenceException; the SQLState and vendor code of that SQLException decide.
 */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    static RuntimeException translate(RuntimeException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return DatabaseErrors.translate(sql.getSQLState(), sql.getErrorCode(), error).orElse(error);
            }
        }
        return error;
    }
}

package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.DatabaseErrors;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Turns what Hibernate throws into the domain's exceptions: a failed version check (Hibernate's
 * StaleStateException, JPA's OptimisticLockException around it), else the SQLState and vendor
 * code of the driver's SQLException underneath.
 */
final class HibernateErrors {
    private HibernateErrors() {
    }

    static RuntimeException translate(RuntimeException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return new ConcurrencyConflictException(ConcurrencyConflictException.Reason.STALE_VERSION,
                        "another transaction saved the household since it was read", error);
            }
            if (cause instanceof SQLException sql) {
                return DatabaseErrors.translate(sql.getSQLState(), sql.getErrorCode(), error).orElse(error);
            }
        }
        return error;
    }
}

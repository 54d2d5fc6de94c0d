package dev.dbpatterns.exercises.transactions.hibernate;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.DatabaseErrors;
import dev.dbpatterns.exercises.transactions.domain.TransactionWork;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;

/** The transaction boundary in Hibernate: one Session per transaction, closed however the work ends. */
public final class HibernateTransactions implements Transactions {
    private final SessionFactory sessions;

    public HibernateTransactions(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::in-transaction[]
    @Override
    public <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E {
        try (Session session = sessions.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                T result = work.run(new HibernateGiftCards(session));
                transaction.commit(); // flushes first: a stale version can show up here too
                return result;
            } catch (RuntimeException failure) {
                rollback(transaction, failure);
                throw conflictOrItself(failure);
            } catch (Exception | Error failure) { // the work's checked E, rethrown as it is
                rollback(transaction, failure);
                throw failure;
            }
        }
    }
    // end::in-transaction[]

    private static void rollback(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) { // a commit that failed may have rolled back already
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    // tag::conflicts[]
    /**
     * A failed version check (Hibernate's StaleStateException, which JPA's OptimisticLockException
     * wraps), or a driver's SQLException whose SQLState and vendor code say conflict.
     */
    private static RuntimeException conflictOrItself(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return new ConcurrentUpdateException("a gift card was saved by another transaction since it was read",
                        failure);
            }
            if (cause instanceof SQLException sql && DatabaseErrors.isConflict(sql.getSQLState(), sql.getErrorCode())) {
                return new ConcurrentUpdateException("the database gave up on this transaction to let a concurrent one"
                        + " finish (SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode() + ")", failure);
            }
        }
        return failure;
    }
    // end::conflicts[]
}

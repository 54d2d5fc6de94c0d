package dev.dbpatterns.exercises.transactions.hibernate;

import dev.dbpatterns.exercises.transactions.domain.TransactionWork;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import org.hibernate.SessionFactory;

/** The transaction boundary in Hibernate: one Session per transaction, closed however the work ends. */
public final class HibernateTransactions implements Transactions {
    private final SessionFactory sessions;

    public HibernateTransactions(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E {
        // TODO(task 3): the same boundary as in MyBatis, with a Session (try-with-resources) and its Transaction
        //   (session.beginTransaction(), commit(), rollback()). SessionFactory.inTransaction will not do: its
        //   work cannot throw a checked exception. The commit flushes first, so a version check can fail there.
        //   A failed version check comes as jakarta.persistence.OptimisticLockException, or Hibernate's
        //   StaleStateException, maybe among the causes: roll back, and throw ConcurrentUpdateException instead.
        // TODO(task 4): a deadlock or a serialization failure is a conflict too: when a java.sql.SQLException
        //   among the causes is one for DatabaseErrors.isConflict(getSQLState(), getErrorCode()), throw
        //   ConcurrentUpdateException. Anything else goes to the caller as it is.
        throw new UnsupportedOperationException("TODO(task 3): run the work in a transaction of one Session");
    }
}

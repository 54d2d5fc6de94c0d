package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.TransactionWork;
import dev.dbpatterns.transactions.domain.Transactions;
import java.sql.Connection;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The transaction boundary in Hibernate: one Session per transaction, holding one pooled
 * connection until it closes.
 */
public final class HibernateTransactions implements Transactions {
    private final SessionFactory sessions;

    public HibernateTransactions(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::in-transaction[]
    @Override
    public <T, E extends Exception> T inTransaction(TransactionOptions options, TransactionWork<T, E> work) throws E {
        try (Session session = sessions.openSession()) {
            prepare(session, options);
            Transaction transaction = session.beginTransaction();
            HibernateTransaction running = new HibernateTransaction(session);
            T result;
            try {
                result = work.run(running);
            } catch (RuntimeException failure) {
                rollback(transaction, failure);
                throw HibernateErrors.translate(failure);
            } catch (Exception | Error failure) { // a checked E of the work's own, rethrown as it is
                rollback(transaction, failure);
                throw failure;
            }
            if (running.isRollbackOnly() || options.readOnly()) {
                transaction.rollback();
                return result;
            }
            if (transaction.getRollbackOnly()) {
                transaction.rollback();
                throw new IllegalStateException("Hibernate marked the transaction rollback-only after an exception the"
                        + " work caught, so nothing was committed. After a Hibernate exception, end the transaction.");
            }
            commit(transaction);
            return result;
        }
    }
    // end::in-transaction[]

    // tag::options[]
    /** Isolation and read-only go on the connection before the transaction begins; the pool resets both. */
    private static void prepare(Session session, TransactionOptions options) {
        if (options.isolation() != null || options.readOnly()) {
            session.doWork(connection -> {
                if (options.isolation() != null) {
                    connection.setTransactionIsolation(level(options));
                }
                connection.setReadOnly(options.readOnly());
            });
        }
        // Read-only entities: no snapshot kept, no dirty checking, changes never flushed.
        session.setDefaultReadOnly(options.readOnly());
    }
    // end::options[]

    private static void commit(Transaction transaction) {
        try {
            transaction.commit(); // flushes first: version checks and SSI failures surface here
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                rollback(transaction, e);
            }
            throw HibernateErrors.translate(e);
        }
    }

    private static void rollback(Transaction transaction, Throwable failure) {
        try {
            transaction.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static int level(TransactionOptions options) {
        return switch (options.isolation()) {
            case READ_UNCOMMITTED -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }
}

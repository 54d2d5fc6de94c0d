package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.Households;
import dev.dbpatterns.transactions.domain.JobQueue;
import dev.dbpatterns.transactions.domain.Transaction;
import dev.dbpatterns.transactions.domain.TransactionWork;
import java.sql.Connection;
import java.sql.Savepoint;
import org.hibernate.Session;

/** A running Hibernate transaction: its session, and the adapters on it. */
final class HibernateTransaction implements Transaction {
    private final Session session;
    private final Households households;
    private final JobQueue jobs;
    private boolean rollbackOnly;

    HibernateTransaction(Session session) {
        this.session = session;
        this.households = new HibernateHouseholds(session);
        this.jobs = new HibernateJobQueue(session);
    }

    @Override
    public Households households() {
        return households;
    }

    @Override
    public JobQueue jobs() {
        return jobs;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    // tag::savepoint[]
    /**
     * Hibernate has no savepoint of its own, so this is JDBC's, with the persistence context kept
     * in step: flushed before the savepoint, so the savepoint covers everything written so far;
     * flushed at the end of the part, so its writes fail inside it; cleared after a rollback to
     * the savepoint, since the objects in memory may hold what was rolled back.
     */
    @Override
    public <T, E extends Exception> T inSavepoint(TransactionWork<T, E> part) throws E {
        session.flush();
        Savepoint savepoint = session.doReturningWork(Connection::setSavepoint);
        try {
            T result = part.run(this);
            session.flush();
            session.doWork(connection -> connection.releaseSavepoint(savepoint));
            return result;
        } catch (Exception failure) {
            session.doWork(connection -> connection.rollback(savepoint));
            session.clear();
            throw failure;
        }
    }
    // end::savepoint[]
}

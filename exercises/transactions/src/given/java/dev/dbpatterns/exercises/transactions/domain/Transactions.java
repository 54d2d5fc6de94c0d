package dev.dbpatterns.exercises.transactions.domain;

/**
 * The transaction boundary, the port of this exercise: one call, one transaction, one connection
 * from the pool, given back however the call ends. You write it twice: MyBatisTransactions and
 * HibernateTransactions.
 *
 * <ul>
 *   <li>The work returns: commit, and its result is returned.</li>
 *   <li>The work throws anything, a checked exception included: rollback, and the exception
 *       reaches the caller unchanged.</li>
 *   <li>The transaction lost to a concurrent one (a stale version, a deadlock, a serialization
 *       failure): rollback, and {@link ConcurrentUpdateException}, worth running again.</li>
 * </ul>
 */
public interface Transactions {

    <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E;
}

package dev.dbpatterns.transactions.domain;

/**
 * What runs inside a transaction. It may throw a checked exception of its own (E); the transaction
 * is rolled back and the exception reaches the caller unchanged.
 */
@FunctionalInterface
public interface TransactionWork<T, E extends Exception> {
    T run(Transaction transaction) throws E;
}

package dev.dbpatterns.exercises.transactions.domain;

/**
 * What runs inside one transaction. It may throw a checked exception of its own (E): the
 * transaction is rolled back and the exception reaches the caller unchanged.
 */
@FunctionalInterface
public interface TransactionWork<T, E extends Exception> {
    T run(GiftCards cards) throws E;
}

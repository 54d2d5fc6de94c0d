package dev.dbpatterns.transactions.domain;

// tag::port[]
/**
 * The transaction boundary, as the application layer sees it: one call, one transaction, one
 * connection from the pool, given back however the call ends.
 *
 * <ul>
 *   <li>The work returns: commit (or rollback, if it marked the transaction rollback-only).</li>
 *   <li>The work throws anything, a checked exception included: rollback, and the exception is
 *       rethrown unchanged. (Spring's {@code @Transactional} commits on a checked exception unless
 *       told otherwise; this port does not.)</li>
 *   <li>The database gave up on the transaction because of a concurrent one (serialization
 *       failure, deadlock) or a version check failed: {@link ConcurrencyConflictException}, which
 *       is worth retrying. A lock not granted in time: {@link LockTimeoutException}.</li>
 * </ul>
 */
public interface Transactions {

    <T, E extends Exception> T inTransaction(TransactionOptions options, TransactionWork<T, E> work) throws E;

    default <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E {
        return inTransaction(TransactionOptions.DEFAULTS, work);
    }
}
// end::port[]

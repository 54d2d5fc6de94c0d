package dev.dbpatterns.transactions.domain;

/**
 * Another transaction got in the way, and this one was refused so that neither's work is lost:
 * running the whole transaction again, from its first read, may well succeed. Both adapters
 * report every such case as this one exception, whatever the database or framework said.
 */
public class ConcurrencyConflictException extends RuntimeException {

    public enum Reason {
        /** The database could not fit the transaction into a serial order (SQLState 40001, MariaDB 1020). */
        SERIALIZATION_FAILURE,
        /** Two transactions waited for each other's locks; the database rolled one back (40P01, MariaDB 1213). */
        DEADLOCK,
        /** Optimistic locking: the version read is no longer the version stored. */
        STALE_VERSION
    }

    private final Reason reason;

    public ConcurrencyConflictException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail + ". Run the transaction again from its first read.", cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

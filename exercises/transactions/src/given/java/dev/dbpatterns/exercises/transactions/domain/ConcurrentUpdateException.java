package dev.dbpatterns.exercises.transactions.domain;

/**
 * Another transaction got in the way, and this one was refused so that neither's work is lost: a
 * stale version (optimistic locking), a deadlock, a serialization failure. Whatever the database
 * or framework said, both adapters report it as this exception; running the whole transaction
 * again, from its first read, may well succeed, and Retry does just that.
 */
public class ConcurrentUpdateException extends RuntimeException {

    /**
     * @param what  what was refused and why, in a few words: "gift card GIFT-ADA was saved by
     *              another transaction since version 3 was read"
     * @param cause the framework's or driver's exception, if there is one
     */
    public ConcurrentUpdateException(String what, Throwable cause) {
        super(what + ". Run the whole transaction again, from its first read.", cause);
    }
}

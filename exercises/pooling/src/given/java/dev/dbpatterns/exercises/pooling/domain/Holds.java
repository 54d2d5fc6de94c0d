package dev.dbpatterns.exercises.pooling.domain;

/**
 * The holds desk, the port of this exercise: a service that many callers hit at once, each call
 * one short transaction on a connection borrowed from the pool and given back however it ends.
 * You write it twice: MyBatisHolds and HibernateHolds.
 */
public interface Holds {

    /**
     * Stores the hold, committed when this returns. A code placed before breaks the unique
     * constraint: the database's error reaches the caller as it is, since trying again cannot help.
     *
     * @throws ConnectionLostException when the connection broke under the call (task 3)
     */
    void place(Hold hold);

    /**
     * Stores the hold, then sends the reader a confirmation, a slow call outside the database that
     * must not keep a connection from the pool while it waits (task 4). A hold refused sends nothing.
     */
    void placeAndConfirm(Hold hold, Confirmations confirmations);

    /**
     * How many holds wait on the book.
     *
     * @throws ConnectionLostException when the connection broke under the call (task 3)
     */
    long holdsOn(String isbn);
}

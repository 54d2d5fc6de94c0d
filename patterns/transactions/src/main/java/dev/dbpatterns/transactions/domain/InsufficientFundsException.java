package dev.dbpatterns.transactions.domain;

/**
 * A checked exception on purpose: the transaction port rolls back on checked exceptions too, and
 * the lessons show it with this one.
 */
public class InsufficientFundsException extends Exception {
    public InsufficientFundsException(long householdId, long requested, long available) {
        super("Household " + householdId + " has " + available + " and cannot pay " + requested);
    }
}

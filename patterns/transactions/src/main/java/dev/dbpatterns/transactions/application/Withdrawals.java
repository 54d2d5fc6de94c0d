package dev.dbpatterns.transactions.application;

/**
 * A holder takes money from their account while the household together stays at zero or above.
 * Four ways to make that safe when withdrawals run at the same time; see the module README for
 * which to choose.
 */
public interface Withdrawals {
    Withdrawal withdraw(long householdId, long accountId, long amount);
}

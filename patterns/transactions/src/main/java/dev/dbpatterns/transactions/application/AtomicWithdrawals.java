package dev.dbpatterns.transactions.application;

import dev.dbpatterns.transactions.domain.Transactions;

/**
 * One conditional UPDATE: the database checks and changes the row in one step, under the row's
 * lock, so there is no read to go stale. It can only check the row it changes, so it keeps a
 * stricter rule than the household's: no account below zero (which keeps the household at zero
 * or above too). When a rule can be put as "this row stays within bounds", this is the cheapest
 * fix of all; when it spans rows, it is not available.
 */
public final class AtomicWithdrawals implements Withdrawals {
    private final Transactions transactions;

    public AtomicWithdrawals(Transactions transactions) {
        this.transactions = transactions;
    }

    // tag::withdraw[]
    @Override
    public Withdrawal withdraw(long householdId, long accountId, long amount) {
        return transactions.inTransaction(tx -> tx.households().withdrawIfCovered(accountId, amount)
                ? Withdrawal.WITHDRAWN
                : Withdrawal.REFUSED);
    }
    // end::withdraw[]
}

package dev.dbpatterns.transactions.application;

import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;
import java.time.Duration;

/**
 * Pessimistic locking: lock every account the rule reads before reading them, so a concurrent
 * withdrawal waits until this one has committed and then reads the new balances. Nothing to
 * retry; the price is the wait, bounded by the lock timeout.
 */
public final class PessimisticWithdrawals implements Withdrawals {
    private final Transactions transactions;
    private final Duration lockTimeout;

    public PessimisticWithdrawals(Transactions transactions, Duration lockTimeout) {
        this.transactions = transactions;
        this.lockTimeout = lockTimeout;
    }

    // tag::withdraw[]
    @Override
    public Withdrawal withdraw(long householdId, long accountId, long amount) {
        return transactions.inTransaction(TransactionOptions.at(Isolation.READ_COMMITTED), tx -> {
            Household household = tx.households().findAndLock(householdId, lockTimeout);
            if (!household.withdraw(accountId, amount)) {
                return Withdrawal.REFUSED;
            }
            tx.households().save(household);
            return Withdrawal.WITHDRAWN;
        });
    }
    // end::withdraw[]
}

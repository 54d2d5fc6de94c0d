package dev.dbpatterns.transactions.application;

import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;

/**
 * Optimistic locking: read without locks, decide, and save only if the household's version is
 * still the one read; if another withdrawal saved in between, start over. The version is on the
 * household, not on each account, because the rule reads every account: a version per account
 * would catch two withdrawals from one account (the lost update) but not one from each (the
 * write skew).
 */
public final class OptimisticWithdrawals implements Withdrawals {
    private final Transactions transactions;
    private final Retry retry;

    public OptimisticWithdrawals(Transactions transactions, Retry retry) {
        this.transactions = transactions;
        this.retry = retry;
    }

    // tag::withdraw[]
    @Override
    public Withdrawal withdraw(long householdId, long accountId, long amount) {
        return retry.run(() -> transactions.inTransaction(TransactionOptions.at(Isolation.READ_COMMITTED), tx -> {
            Household household = tx.households().find(householdId);
            if (!household.withdraw(accountId, amount)) {
                return Withdrawal.REFUSED;
            }
            tx.households().saveIfUnchanged(household); // STALE_VERSION if another saved first
            return Withdrawal.WITHDRAWN;
        }));
    }
    // end::withdraw[]
}

package dev.dbpatterns.transactions.application;

import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;

/**
 * SERIALIZABLE plus retry: the code reads, decides and writes as if it were alone, and the database
 * refuses whichever transaction would make the outcome differ from some serial order (PostgreSQL
 * by serializable snapshot isolation, MariaDB by turning reads into shared locks and breaking the
 * deadlocks that follow). The refused one runs again. H2's SERIALIZABLE does not go that far: it
 * stops the lost update but lets the write skew through.
 */
public final class SerializableWithdrawals implements Withdrawals {
    private final Transactions transactions;
    private final Retry retry;

    public SerializableWithdrawals(Transactions transactions, Retry retry) {
        this.transactions = transactions;
        this.retry = retry;
    }

    // tag::withdraw[]
    @Override
    public Withdrawal withdraw(long householdId, long accountId, long amount) {
        return retry.run(() -> transactions.inTransaction(TransactionOptions.at(Isolation.SERIALIZABLE), tx -> {
            Household household = tx.households().find(householdId);
            if (!household.withdraw(accountId, amount)) {
                return Withdrawal.REFUSED;
            }
            tx.households().save(household);
            return Withdrawal.WITHDRAWN;
        }));
    }
    // end::withdraw[]
}

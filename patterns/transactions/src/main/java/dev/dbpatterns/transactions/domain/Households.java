package dev.dbpatterns.transactions.domain;

import java.time.Duration;

/**
 * The households, inside one transaction ({@link Transaction#households()}). The ways to read and
 * write them are the fixes for the lost update and the write skew: plain, locked, versioned and
 * a single conditional UPDATE.
 */
public interface Households {

    /**
     * The household with its accounts, read as the isolation level allows: no lock is taken.
     *
     * @throws IllegalArgumentException when there is no such household
     */
    Household find(long id);

    /**
     * The household with its accounts locked for update ({@code SELECT … FOR UPDATE}, in id order so
     * two lockers never deadlock): no other transaction can lock or change them until this one ends.
     *
     * @throws LockTimeoutException when another transaction holds them longer than the timeout
     */
    Household findAndLock(long id, Duration lockTimeout);

    /** Writes the accounts the work changed. Hibernate writes changed objects at commit by itself. */
    void save(Household household);

    /**
     * Optimistic locking: saves only if no other transaction saved this household since it was
     * read (its version is still the one read), and bumps the version.
     *
     * @throws ConcurrencyConflictException with {@link ConcurrencyConflictException.Reason#STALE_VERSION}
     */
    void saveIfUnchanged(Household household);

    /**
     * Takes the amount from the account in one conditional UPDATE, if the account's own balance
     * covers it: {@code balance = balance - ? … where balance >= ?}. Nothing is read first, so
     * there is nothing to go stale; the row's lock orders concurrent calls.
     *
     * @return whether it did
     */
    boolean withdrawIfCovered(long accountId, long amount);

    /** The household's balance as the database sees it now in this transaction: a query, never a cached object. */
    long balance(long householdId);
}

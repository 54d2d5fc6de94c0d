package dev.dbpatterns.exercises.transactions.domain;

import java.util.Optional;

/**
 * The gift cards, inside one transaction: a work given to {@link Transactions#inTransaction} gets
 * them as its argument, and everything it does with them commits or rolls back together.
 */
public interface GiftCards {

    /** The card with this code as the database has it now, or empty. */
    Optional<GiftCard> find(String code);

    /**
     * Issues a new card, inserted at once. A code issued before breaks the unique constraint: the
     * database's error reaches the caller as it is, since running it again cannot help.
     */
    GiftCard issue(String code, long balance);

    /**
     * Optimistic locking: writes the card's balance only if no other transaction saved the card
     * since it was read (its stored version is still {@link GiftCard#version()}), and adds one to
     * the stored version. The card may have been read in this transaction or an earlier one, the
     * way a till shows a card and saves it a minute later. The object passed keeps the version
     * it was read at: find the card again before saving it a second time.
     *
     * @throws ConcurrentUpdateException when another transaction saved the card first
     */
    void save(GiftCard card);
}

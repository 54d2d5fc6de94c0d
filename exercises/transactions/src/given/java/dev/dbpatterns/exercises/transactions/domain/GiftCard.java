package dev.dbpatterns.exercises.transactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A gift card of the bookshop: a code printed on it and what is left to spend. Two tills may pay
 * with the same card at the same moment, so its balance is a read-check-write that a concurrent
 * transaction can overwrite (the lost update), unless each save checks the version it read.
 */
@Entity
@Table(name = "gift_card")
public class GiftCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private long balance;

    // Optimistic locking. Hibernate reads it with the card, adds "and version = ?" to the card's
    // UPDATE and raises it by one; an UPDATE that changes no row means another transaction saved
    // the card first. MyBatis only maps the column: its UPDATE is yours to write.
    @Version
    @Column(nullable = false)
    private long version;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected GiftCard() {
    }

    public GiftCard(String code, long balance) {
        if (code == null || code.isBlank() || code.length() > 20) {
            throw new IllegalArgumentException("A gift card's code has 1 to 20 characters, not '" + code + "'");
        }
        if (balance < 0) {
            throw new IllegalArgumentException("A gift card cannot start below zero: " + balance);
        }
        this.code = code;
        this.balance = balance;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long balance() {
        return balance;
    }

    /** The version this object was read at: what a versioned save compares with the stored one. */
    public long version() {
        return version;
    }

    /**
     * Pays with the card, in memory; a save writes it.
     *
     * @throws InsufficientBalanceException when less is left than the amount: a checked exception
     *                                      that must roll back the transaction it is thrown in
     */
    public void redeem(long amount) throws InsufficientBalanceException {
        requirePositive(amount);
        if (balance < amount) {
            throw new InsufficientBalanceException(code, amount, balance);
        }
        balance -= amount;
    }

    /** Adds to the card, in memory; a save writes it. */
    public void topUp(long amount) {
        requirePositive(amount);
        balance += amount;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("An amount must be more than zero, not " + amount);
        }
    }

    @Override
    public String toString() {
        return "GiftCard[" + code + ", " + balance + ", v" + version + "]";
    }
}

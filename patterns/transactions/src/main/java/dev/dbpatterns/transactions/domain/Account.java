package dev.dbpatterns.transactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One holder's account in a household. Its balance may go below zero: the rule is about the
 * household (see {@link Household#withdraw}), so only the household decides a withdrawal.
 */
@Entity
@Table(name = "account")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String holder;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(nullable = false)
    private long balance;

    // Which accounts a transaction changed, so an adapter that writes by hand (MyBatis) writes
    // only those. Hibernate finds out by itself, comparing with what it loaded.
    @Transient
    private boolean changed;

    protected Account() {
    }

    public Long id() {
        return id;
    }

    public String holder() {
        return holder;
    }

    public Long householdId() {
        return householdId;
    }

    public long balance() {
        return balance;
    }

    public boolean isChanged() {
        return changed;
    }

    void add(long amount) {
        balance += amount;
        changed = true;
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + holder + ", " + balance + "]";
    }
}

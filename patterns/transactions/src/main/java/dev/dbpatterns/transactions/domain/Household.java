package dev.dbpatterns.transactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * People who share their money: each has an account, and either may withdraw from their own while
 * the household's accounts together stay at zero or above. The rule reads every account and
 * writes one, which is what makes it a write-skew hazard: two withdrawals from two accounts, each
 * checked against the same old total.
 */
@Entity
@Table(name = "household")
public class Household {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    // tag::version[]
    @Version
    @Column(nullable = false)
    private long version;
    // end::version[]

    @OneToMany
    @JoinColumn(name = "household_id", insertable = false, updatable = false)
    @OrderBy("id")
    private List<Account> accounts = new ArrayList<>();

    protected Household() {
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** How many versioned saves the household has seen: what optimistic locking compares. */
    public long version() {
        return version;
    }

    public List<Account> accounts() {
        return Collections.unmodifiableList(accounts);
    }

    public List<Account> changedAccounts() {
        return accounts.stream().filter(Account::isChanged).toList();
    }

    public long balance() {
        return accounts.stream().mapToLong(Account::balance).sum();
    }

    // tag::rule[]
    /**
     * Takes the amount from the holder's account if the household together can cover it.
     *
     * @return whether it did; a household short of money is refused, not an error
     */
    public boolean withdraw(long accountId, long amount) {
        requirePositive(amount);
        if (balance() < amount) {
            return false;
        }
        account(accountId).add(-amount);
        return true;
    }
    // end::rule[]

    public void deposit(long accountId, long amount) {
        requirePositive(amount);
        account(accountId).add(amount);
    }

    public Account account(long accountId) {
        return accounts.stream().filter(account -> account.id() == accountId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Account " + accountId + " is not in household " + id
                        + "; its accounts are " + accounts.stream().map(Account::id).toList()));
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("An amount must be more than zero, not " + amount);
        }
    }

    @Override
    public String toString() {
        return "Household[" + id + ", " + name + ", v" + version + ", " + accounts + "]";
    }
}

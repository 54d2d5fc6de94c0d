package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.Account;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Households;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import org.hibernate.Session;
import org.hibernate.jpa.SpecHints;

/**
 * The Households port in Hibernate. Changed accounts need no save call: the session compares
 * them with what it loaded and writes the difference at commit.
 */
final class HibernateHouseholds implements Households {
    private final Session session;

    HibernateHouseholds(Session session) {
        this.session = session;
    }

    @Override
    public Household find(long id) {
        Household household = session.createSelectionQuery(
                        "from Household h left join fetch h.accounts where h.id = :id", Household.class)
                .setParameter("id", id)
                .getSingleResultOrNull();
        if (household == null) {
            throw new IllegalArgumentException("No household " + id);
        }
        return household;
    }

    // tag::find-and-lock[]
    @Override
    public Household findAndLock(long id, Duration lockTimeout) {
        session.createSelectionQuery("from Account where householdId = :id order by id", Account.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, (int) lockTimeout.toMillis())
                .getResultList();
        return find(id); // the accounts are the locked ones, already in the session
    }
    // end::find-and-lock[]

    @Override
    public void save(Household household) {
        // Nothing to send now: the session writes the changed accounts at commit.
    }

    // tag::save-if-unchanged[]
    @Override
    public void saveIfUnchanged(Household household) {
        // Changing an account does not change the household, so its version would stay as it is:
        // force the increment. At commit Hibernate sends "update household set version = v + 1
        // where id = ? and version = v" after the account updates, and a 0-row result fails it.
        session.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    // end::save-if-unchanged[]

    // tag::atomic[]
    @Override
    public boolean withdrawIfCovered(long accountId, long amount) {
        return session.createMutationQuery(
                        "update Account set balance = balance - :amount where id = :id and balance >= :amount")
                .setParameter("amount", amount)
                .setParameter("id", accountId)
                .executeUpdate() == 1;
    }
    // end::atomic[]

    @Override
    public long balance(long householdId) {
        return session.createSelectionQuery(
                        "select coalesce(sum(balance), 0) from Account where householdId = :id", Long.class)
                .setParameter("id", householdId)
                .getSingleResult();
    }
}

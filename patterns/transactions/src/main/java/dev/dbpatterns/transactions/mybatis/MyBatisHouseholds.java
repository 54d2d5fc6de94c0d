package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Account;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Households;
import java.time.Duration;
import org.apache.ibatis.session.SqlSession;

/** The Households port in MyBatis: every statement is one of HouseholdMapper.xml's, sent when called. */
final class MyBatisHouseholds implements Households {
    private final SqlSession session;
    private final HouseholdMapper mapper;

    MyBatisHouseholds(SqlSession session) {
        this.session = session;
        this.mapper = session.getMapper(HouseholdMapper.class);
    }

    @Override
    public Household find(long id) {
        Household household = mapper.find(id);
        if (household == null) {
            throw new IllegalArgumentException("No household " + id);
        }
        return household;
    }

    // tag::find-and-lock[]
    @Override
    public Household findAndLock(long id, Duration lockTimeout) {
        LockWait wait = new LockWait(lockTimeout);
        if ("postgres".equals(session.getConfiguration().getDatabaseId())) {
            mapper.limitLockWait(wait);
        }
        mapper.lockAccounts(id, wait);
        return find(id); // reads the rows this transaction now holds locked
    }
    // end::find-and-lock[]

    @Override
    public void save(Household household) {
        household.changedAccounts().forEach(mapper::updateBalance);
    }

    // tag::save-if-unchanged[]
    @Override
    public void saveIfUnchanged(Household household) {
        // The version first: once bumped, the household's row is this transaction's until it ends,
        // so the account updates after it cannot meet another versioned save.
        if (mapper.bumpVersion(household.id(), household.version()) == 0) {
            throw new ConcurrencyConflictException(ConcurrencyConflictException.Reason.STALE_VERSION,
                    "household " + household.id() + " was saved by another transaction since version "
                            + household.version() + " was read", null);
        }
        for (Account account : household.changedAccounts()) {
            mapper.updateBalance(account);
        }
    }
    // end::save-if-unchanged[]

    @Override
    public boolean withdrawIfCovered(long accountId, long amount) {
        return mapper.withdrawIfCovered(accountId, amount) == 1;
    }

    @Override
    public long balance(long householdId) {
        return mapper.balance(householdId);
    }
}

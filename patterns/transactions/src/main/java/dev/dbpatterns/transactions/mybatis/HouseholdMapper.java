package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Account;
import dev.dbpatterns.transactions.domain.Household;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL for households and accounts; the statements are in HouseholdMapper.xml. */
public interface HouseholdMapper {
    Household find(long id);

    /** PostgreSQL only: this transaction waits at most so long for any lock. */
    String limitLockWait(@Param("wait") LockWait wait);

    /** Locks the household's accounts, in id order, and returns their ids. */
    List<Long> lockAccounts(@Param("householdId") long householdId, @Param("wait") LockWait wait);

    int updateBalance(Account account);

    int bumpVersion(@Param("id") long id, @Param("version") long version);

    int withdrawIfCovered(@Param("id") long accountId, @Param("amount") long amount);

    long balance(long householdId);
}

package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.List;

/**
 * The households the tests start from, written and checked with plain JDBC through the unrecorded
 * pool: no adapter is needed to set up the test of an adapter, and none of this shows among a
 * lesson's statements. Each call is a transaction of its own (auto-commit).
 */
final class Bank {
    /** A household of two: its id and its two accounts'. */
    record Couple(long household, long first, long second) {
    }

    private Bank() {
    }

    /** Empties every table and opens one household of two accounts with these balances. */
    static Couple reopen(LessonDatabase db, long firstBalance, long secondBalance) {
        db.update("delete from job");
        db.update("delete from account");
        db.update("delete from household");
        long household = db.insert("insert into household (name) values (?)", "Ada and Grace");
        long first = db.insert("insert into account (holder, household_id, balance) values (?, ?, ?)",
                "Ada", household, firstBalance);
        long second = db.insert("insert into account (holder, household_id, balance) values (?, ?, ?)",
                "Grace", household, secondBalance);
        return new Couple(household, first, second);
    }

    static long balance(LessonDatabase db, long accountId) {
        return db.queryForLong("select balance from account where id = ?", accountId);
    }

    static long householdBalance(LessonDatabase db, long household) {
        return db.queryForLong("select coalesce(sum(balance), 0) from account where household_id = ?", household);
    }

    static long version(LessonDatabase db, long household) {
        return db.queryForLong("select version from household where id = ?", household);
    }

    /** The payloads in the job queue, oldest first. */
    static List<String> payloads(LessonDatabase db) {
        return db.queryForList(String.class, "select payload from job order by id");
    }

    /** Another client's deposit, committed at once: what a concurrent transaction would do. */
    static void depositElsewhere(LessonDatabase db, long accountId, long amount) {
        db.update("update account set balance = balance + ? where id = ?", amount, accountId);
    }
}

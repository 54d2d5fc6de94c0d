package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement clear = connection.createStatement()) {
            clear.executeUpdate("delete from job");
            clear.executeUpdate("delete from account");
            clear.executeUpdate("delete from household");
            long household = insert(connection, "insert into household (name) values (?)", "Ada and Grace");
            long first = insert(connection, "insert into account (holder, household_id, balance) values (?, ?, ?)",
                    "Ada", household, firstBalance);
            long second = insert(connection, "insert into account (holder, household_id, balance) values (?, ?, ?)",
                    "Grace", household, secondBalance);
            return new Couple(household, first, second);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the household: " + e.getMessage(), e);
        }
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
        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select payload from job order by id")) {
            List<String> payloads = new ArrayList<>();
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the job queue: " + e.getMessage(), e);
        }
    }

    /** Another client's deposit, committed at once: what a concurrent transaction would do. */
    static void depositElsewhere(LessonDatabase db, long accountId, long amount) {
        try (Connection connection = db.unrecordedDataSource().getConnection();
             PreparedStatement deposit = connection.prepareStatement(
                     "update account set balance = balance + ? where id = ?")) {
            deposit.setLong(1, amount);
            deposit.setLong(2, accountId);
            deposit.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not deposit: " + e.getMessage(), e);
        }
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

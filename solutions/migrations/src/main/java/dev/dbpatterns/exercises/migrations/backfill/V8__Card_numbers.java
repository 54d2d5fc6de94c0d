package dev.dbpatterns.exercises.migrations.backfill;

import dev.dbpatterns.exercises.migrations.domain.CardNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V8: gives every member the card number {@code CardNumbers.of(id)}, a Java computation, in batches.
 * Flyway takes the version from the class name; the tests register it with Flyway's javaMigrations.
 */
public class V8__Card_numbers extends BaseJavaMigration {
    static final int BATCH_SIZE = 1_000;

    /** Outside Flyway's transaction: each batch commits, so a failure keeps what was done. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** A batch at a time, each in a transaction of its own: never the whole table in memory or in one transaction. */
    private static void backfill(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long after = 0;
            for (List<Long> ids = nextBatch(connection, after); !ids.isEmpty(); ids = nextBatch(connection, after)) {
                number(connection, ids);
                connection.commit();
                after = ids.get(ids.size() - 1);
            }
        } catch (SQLException | RuntimeException e) {
            // The failing batch goes whole: restoring auto-commit below would commit its first rows.
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Keyset paging: only rows still without a number, so a second run starts where the first one stopped. */
    private static List<Long> nextBatch(Connection connection, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from member where card_number is null and id > ? order by id limit ?")) {
            select.setLong(1, after);
            select.setInt(2, BATCH_SIZE);
            List<Long> ids = new ArrayList<>(BATCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void number(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update member set card_number = ? where id = ?")) {
            for (long id : ids) {
                update.setString(1, CardNumbers.of(id));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

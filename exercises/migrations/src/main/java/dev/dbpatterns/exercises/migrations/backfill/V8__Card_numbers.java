package dev.dbpatterns.exercises.migrations.backfill;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V8: gives every member the card number {@code CardNumbers.of(id)}, a Java computation, in batches.
 * Flyway takes the version from the class name; the tests register it with Flyway's javaMigrations.
 */
public class V8__Card_numbers extends BaseJavaMigration {
    static final int BATCH_SIZE = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        // TODO(task 4): on context.getConnection(), repeat until no member is left without a card number:
        //   read the next BATCH_SIZE ids of members without one (in id order, after the last id done),
        //   then set each one's card_number = CardNumbers.of(id) with a PreparedStatement, bound parameters,
        //   addBatch() per row and one executeBatch() per batch, and commit each batch; a batch that fails is
        //   rolled back whole, none of its rows committed. A table of millions
        //   must never sit in memory or in one transaction, and a run that failed half-way must, run again,
        //   do only what is left. Flyway runs a Java migration in one transaction unless it is told otherwise.
        throw new UnsupportedOperationException("TODO(task 4): backfill the card numbers in batches");
    }
}

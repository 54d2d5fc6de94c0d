package dev.dbpatterns.transactions.domain;

/**
 * How to run one transaction.
 *
 * @param isolation the level for this transaction; null for the database's default (READ COMMITTED
 *                  on PostgreSQL and H2, REPEATABLE READ on MariaDB)
 * @param readOnly  the transaction only reads: the database is told so, and it always ends in a
 *                  rollback, so even where the database ignores the hint (H2) nothing it wrote stays
 */
public record TransactionOptions(Isolation isolation, boolean readOnly) {
    public static final TransactionOptions DEFAULTS = new TransactionOptions(null, false);

    public static TransactionOptions at(Isolation isolation) {
        return new TransactionOptions(isolation, false);
    }

    public static TransactionOptions readOnlyTransaction() {
        return new TransactionOptions(null, true);
    }
}

package dev.dbpatterns.exercises.migrations.domain;

/**
 * What a failed migration leaves behind on a database, by the name its JDBC driver gives it
 * ({@code DatabaseMetaData.getDatabaseProductName()}): the runbook reads it before running repair.
 */
public final class DdlTransactions {
    private DdlTransactions() {
    }

    /**
     * True when a migration that fails half-way leaves nothing behind: its DDL rolled back with the
     * transaction, and no failed row in Flyway's history. False when the statements before the failure stay.
     */
    public static boolean rollsBackAFailedMigration(String databaseProductName) {
        // TODO(task 3): true for PostgreSQL (transactional DDL). False for MariaDB and MySQL, whose DDL
        //   commits statement by statement, and for H2, which commits the open transaction at every DDL
        //   statement. Any other name: IllegalArgumentException, since the runbook cannot guess.
        throw new UnsupportedOperationException("TODO(task 3): say which databases roll a failed migration back");
    }
}

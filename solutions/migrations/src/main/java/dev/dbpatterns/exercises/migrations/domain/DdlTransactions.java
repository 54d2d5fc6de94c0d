package dev.dbpatterns.exercises.migrations.domain;

import java.util.Locale;

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
        return switch (databaseProductName.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> true;
            // Each DDL statement commits (MariaDB, MySQL), or commits the open transaction (H2).
            case "mariadb", "mysql", "h2" -> false;
            default -> throw new IllegalArgumentException("Unknown database " + databaseProductName
                    + ": cannot tell whether a failed migration left work behind");
        };
    }
}

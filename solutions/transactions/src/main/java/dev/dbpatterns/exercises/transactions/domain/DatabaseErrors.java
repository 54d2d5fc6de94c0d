package dev.dbpatterns.exercises.transactions.domain;

/**
 * Which database errors mean "a concurrent transaction got in the way; run this one again", from
 * the error's SQLState and the vendor's own code. Both adapters ask it, so they agree. Plain data:
 * the domain knows no JDBC, the adapters take the two values from the driver's SQLException.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    // tag::conflicts[]
    public static boolean isConflict(String sqlState, int vendorCode) {
        if (sqlState == null) {
            return false;
        }
        return switch (sqlState) {
            // Serialization failure: PostgreSQL, H2 ("deadlock detected"), and MariaDB's deadlock (1213).
            case "40001" -> true;
            // PostgreSQL: deadlock detected.
            case "40P01" -> true;
            // H2: concurrent update of the same row.
            case "90131" -> true;
            // MariaDB: record changed since last read (innodb_snapshot_isolation, on from 11.6.2).
            case "HY000" -> vendorCode == 1020;
            // Anything else, constraint violations (23xxx) first of all: running it again cannot help.
            default -> false;
        };
    }
    // end::conflicts[]
}

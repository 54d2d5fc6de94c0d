package dev.dbpatterns.exercises.transactions.domain;

/**
 * Which database errors mean "a concurrent transaction got in the way; run this one again", from
 * the error's SQLState and the vendor's own code. Both adapters ask it, so they agree. Plain data:
 * the domain knows no JDBC, the adapters take the two values from the driver's SQLException.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    public static boolean isConflict(String sqlState, int vendorCode) {
        // TODO(task 4): true for a serialization failure or a deadlock, as each database reports it:
        //   SQLState 40001 (PostgreSQL's serialization failure; H2's "deadlock detected"; MariaDB's deadlock,
        //   code 1213), 40P01 (PostgreSQL's deadlock), 90131 (H2: concurrent update), and MariaDB's HY000 with
        //   code 1020 (record changed since last read). False for everything else, and above all for a
        //   constraint violation (SQLState 23xxx; MariaDB 23000, code 1062): running it again cannot help.
        throw new UnsupportedOperationException("TODO(task 4): tell a conflict by its SQLState and vendor code");
    }
}

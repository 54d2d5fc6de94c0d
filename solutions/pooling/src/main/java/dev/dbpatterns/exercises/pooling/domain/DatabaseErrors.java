package dev.dbpatterns.exercises.pooling.domain;

/**
 * Which database errors mean "the connection broke; a fresh one may succeed", from the error's
 * SQLState and the vendor's code. Both adapters ask it; the domain sees plain values, never JDBC.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    public static boolean isConnectionLost(String sqlState, int vendorCode) {
        if (sqlState == null) {
            return false;
        }
        return sqlState.startsWith("08")          // the standard's class: connection exception
                || sqlState.equals("57P01")       // PostgreSQL: terminated by an administrator
                || sqlState.equals("57P02")       // PostgreSQL: crash shutdown
                || sqlState.equals("57P03")       // PostgreSQL: cannot connect now
                || (sqlState.equals("70100") && vendorCode == 1927) // MariaDB: connection was killed
                || sqlState.equals("90007")       // H2 embedded: the connection is closed (its session was aborted)
                || sqlState.equals("90067")       // H2: connection is broken
                || sqlState.equals("90121");      // H2: database is already closed (session aborted)
    }
}

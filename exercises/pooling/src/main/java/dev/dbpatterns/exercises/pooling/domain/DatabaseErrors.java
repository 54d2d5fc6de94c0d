package dev.dbpatterns.exercises.pooling.domain;

/**
 * Which database errors mean "the connection broke; a fresh one may succeed", from the error's
 * SQLState and the vendor's code. Both adapters ask it; the domain sees plain values, never JDBC.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    public static boolean isConnectionLost(String sqlState, int vendorCode) {
        // TODO(task 3): true for the standard's class 08 (connection exception: any SQLState starting with "08"),
        //   PostgreSQL's 57P01, 57P02 and 57P03 (the server terminated the session, crashed, or is starting),
        //   MariaDB's 70100 with code 1927 (connection was killed; 70100 with another code is a query interrupted),
        //   and H2's 90007 (the object is already closed: embedded, the session under the connection was aborted),
    //   90067 (connection is broken) and 90121 (database closed). False for
        //   everything else, a constraint violation above all, and for a null SQLState.
        throw new UnsupportedOperationException("TODO(task 3): tell a lost connection by its SQLState and vendor code");
    }
}

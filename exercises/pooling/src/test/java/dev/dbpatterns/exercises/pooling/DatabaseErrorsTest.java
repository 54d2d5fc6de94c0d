package dev.dbpatterns.exercises.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.pooling.domain.DatabaseErrors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every database's words for a broken connection, and for what is not one, checked whichever database runs the tests. */
@Tag("task-3")
@DisplayName("Task 3 · DatabaseErrors: which errors mean a lost connection")
class DatabaseErrorsTest {

    @ParameterizedTest(name = "{2}: {0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            08006 | 0    | PostgreSQL: I/O error, the socket is gone
            08003 | 0    | PostgreSQL: the connection has been closed
            57P01 | 0    | PostgreSQL: terminating connection due to administrator command
            08000 | 0    | MariaDB: socket error, connection reset
            70100 | 1927 | MariaDB: connection was killed
            08001 | 0    | any driver: cannot open a connection
            90007 | 90007| H2 embedded: the object is already closed (its session was aborted)
            90121 | 90121| H2: database is already closed
            90067 | 90067| H2: connection is broken
            """)
    @DisplayName("a lost connection: worth a fresh connection")
    void lost(String sqlState, int vendorCode, String meaning) {
        assertThat(DatabaseErrors.isConnectionLost(sqlState, vendorCode)).as(meaning + ", SQLState " + sqlState
                + ", code " + vendorCode + ": the connection is gone, and a fresh one may well succeed").isTrue();
    }

    @ParameterizedTest(name = "{2}: {0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            23505 | 0    | PostgreSQL, H2: unique violation
            23000 | 1062 | MariaDB: duplicate entry
            40001 | 0    | serialization failure
            40P01 | 0    | PostgreSQL: deadlock
            57014 | 0    | PostgreSQL: statement cancelled
            70100 | 1317 | MariaDB: query execution was interrupted
            42P01 | 0    | PostgreSQL: no such table
            HY000 | 1927 | a vendor code of MariaDB's under another SQLState
            0A000 | 0    | feature not supported
            """)
    @DisplayName("not a lost connection: the same answer on any connection")
    void notLost(String sqlState, int vendorCode, String meaning) {
        assertThat(DatabaseErrors.isConnectionLost(sqlState, vendorCode)).as(meaning + ", SQLState " + sqlState
                + ", code " + vendorCode + ": the database answered, and would answer the same again").isFalse();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an error with no SQLState is no lost connection")
    void noSqlState() {
        assertThat(DatabaseErrors.isConnectionLost(null, 0)).as("an SQLException with no SQLState").isFalse();
    }
}

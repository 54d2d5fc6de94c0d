package dev.dbpatterns.exercises.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.transactions.domain.DatabaseErrors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which errors are conflicts, as each of the three databases reports them, checked with no
 * database at all: a test on H2 never sees PostgreSQL's or MariaDB's codes, and must still tell
 * a wrong table from a right one.
 */
@Tag("task-4")
@DisplayName("Task 4 · DatabaseErrors: conflicts by SQLState and vendor code, on all three databases")
class DatabaseErrorsTest {

    @ParameterizedTest(name = "{0}: SQLState {1}, code {2}")
    @CsvSource({
            "PostgreSQL serialization failure, 40001, 0",
            "PostgreSQL deadlock, 40P01, 0",
            "H2 deadlock detected, 40001, 40001",
            "H2 concurrent update, 90131, 90131",
            "MariaDB deadlock, 40001, 1213",
            "MariaDB record changed since last read, HY000, 1020"})
    @DisplayName("a serialization failure or a deadlock is a conflict")
    void conflicts(String what, String sqlState, int vendorCode) {
        assertThat(DatabaseErrors.isConflict(sqlState, vendorCode)).as(what + " (SQLState " + sqlState + ", vendor code "
                + vendorCode + "): the database gave up on the transaction so that another could finish, and running it"
                + " again may well succeed").isTrue();
    }

    @ParameterizedTest(name = "{0}: SQLState {1}, code {2}")
    @CsvSource({
            "PostgreSQL and H2 unique violation, 23505, 23505",
            "PostgreSQL foreign key violation, 23503, 0",
            "PostgreSQL check violation, 23514, 0",
            "MariaDB duplicate key, 23000, 1062",
            "MariaDB lock wait timeout, HY000, 1205",
            "MariaDB column cannot be null, HY000, 1048",
            "PostgreSQL lock timeout, 55P03, 0",
            "H2 lock timeout, HYT00, 50200",
            "PostgreSQL constraint violation at commit, 40002, 0",
            "a syntax error, 42601, 0"})
    @DisplayName("anything else is no conflict: running it again cannot help")
    void noConflicts(String what, String sqlState, int vendorCode) {
        assertThat(DatabaseErrors.isConflict(sqlState, vendorCode)).as(what + " (SQLState " + sqlState + ", vendor code "
                + vendorCode + "): not a conflict. Tell a conflict by its exact SQLState, and MariaDB's HY000, which it"
                + " uses for many errors, by its vendor code 1020 only").isFalse();
    }

    @Test
    @DisplayName("an error without a SQLState is no conflict")
    void noSqlState() {
        assertThat(DatabaseErrors.isConflict(null, 0)).as("an error with no SQLState and no vendor code").isFalse();
    }
}

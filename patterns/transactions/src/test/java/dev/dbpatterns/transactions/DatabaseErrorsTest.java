package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException.Reason;
import dev.dbpatterns.transactions.domain.DatabaseErrors;
import dev.dbpatterns.transactions.domain.DatabaseErrors.Meaning;
import dev.dbpatterns.transactions.domain.LockTimeoutException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of database errors the adapters translate, as each database reports them. */
@DisplayName("Database errors: which mean a conflict worth retrying, which a lock timeout, which neither")
class DatabaseErrorsTest {

    @CsvSource({
            "PostgreSQL serialization failure, 40001, 0, SERIALIZATION_FAILURE",
            "PostgreSQL deadlock, 40P01, 0, DEADLOCK",
            "PostgreSQL lock_timeout, 55P03, 0, LOCK_TIMEOUT",
            "MariaDB deadlock, 40001, 1213, DEADLOCK",
            "MariaDB record changed since last read, HY000, 1020, SERIALIZATION_FAILURE",
            "MariaDB lock wait timeout, HY000, 1205, LOCK_TIMEOUT",
            "H2 concurrent update under a snapshot, 40001, 40001, SERIALIZATION_FAILURE",
            "H2 lock timeout, HYT00, 50200, LOCK_TIMEOUT",
            "H2 concurrent update, 90131, 90131, SERIALIZATION_FAILURE"})
    @DisplayName("a conflict, a deadlock or a lock timeout, as each database reports it")
    @ParameterizedTest
    void knownErrors(String what, String sqlState, int code, Meaning meaning) {
        assertThat(DatabaseErrors.meaning(sqlState, code)).hasValue(meaning);
    }

    @CsvSource({
            "PostgreSQL and H2 unique violation, 23505, 0",
            "MariaDB duplicate key, 23000, 1062",
            "write in a read-only transaction, 25006, 0",
            "MariaDB column cannot be null, HY000, 1048",
            "syntax error, 42601, 0"})
    @DisplayName("anything else is left alone: not retried, not translated")
    @ParameterizedTest
    void otherErrors(String what, String sqlState, int code) {
        assertThat(DatabaseErrors.meaning(sqlState, code)).isEmpty();
        assertThat(DatabaseErrors.translate(sqlState, code, new RuntimeException())).isEmpty();
    }

    @Test
    @DisplayName("a conflict becomes ConcurrencyConflictException naming the reason, the database's words and the cause")
    void translatesConflicts() {
        RuntimeException cause = new RuntimeException("could not serialize access");

        Optional<RuntimeException> translated = DatabaseErrors.translate("40001", 1213, cause);

        assertThat(translated).get().isInstanceOfSatisfying(ConcurrencyConflictException.class, conflict -> {
            assertThat(conflict.reason()).isEqualTo(Reason.DEADLOCK);
            assertThat(conflict).hasMessageContaining("MariaDB: deadlock found").hasMessageContaining("SQLState 40001, code 1213")
                    .hasCause(cause);
        });
    }

    @Test
    @DisplayName("a lock timeout becomes LockTimeoutException")
    void translatesLockTimeouts() {
        assertThat(DatabaseErrors.translate("55P03", 0, new RuntimeException())).get().isInstanceOf(LockTimeoutException.class);
    }

    @Test
    @DisplayName("an error without SQLState is none of these")
    void noSqlState() {
        assertThat(DatabaseErrors.meaning(null, 0)).isEmpty();
    }
}

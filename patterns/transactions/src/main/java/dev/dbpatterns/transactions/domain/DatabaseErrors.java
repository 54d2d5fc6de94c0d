package dev.dbpatterns.transactions.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a database error means for a transaction, from its SQLState and the vendor's own code:
 * the one table both adapters use, so they agree on what is worth retrying. It is plain data, so
 * the domain may hold it without knowing JDBC.
 */
public final class DatabaseErrors {

    public enum Meaning { SERIALIZATION_FAILURE, DEADLOCK, LOCK_TIMEOUT }

    /** sqlState, vendor code (null: any), meaning, who says it. */
    private record Rule(String sqlState, Integer vendorCode, Meaning meaning, String source) {
        boolean matches(String state, int code) {
            return sqlState.equals(state) && (vendorCode == null || vendorCode == code);
        }
    }

    // tag::table[]
    private static final List<Rule> RULES = List.of(
            // MariaDB first: its vendor codes say more than its SQLStates.
            new Rule("40001", 1213, Meaning.DEADLOCK, "MariaDB: deadlock found, transaction rolled back"),
            new Rule("HY000", 1020, Meaning.SERIALIZATION_FAILURE,
                    "MariaDB: record changed since last read (innodb_snapshot_isolation)"),
            new Rule("HY000", 1205, Meaning.LOCK_TIMEOUT, "MariaDB: innodb_lock_wait_timeout exceeded"),
            new Rule("HY000", 3572, Meaning.LOCK_TIMEOUT, "MariaDB: NOWAIT, the row is locked"),
            // H2 says "deadlock detected" (40001) also when a snapshot meets a newer committed row.
            new Rule("HYT00", 50200, Meaning.LOCK_TIMEOUT, "H2: timeout trying to lock table"),
            new Rule("90131", null, Meaning.SERIALIZATION_FAILURE, "H2: concurrent update of the same row"),
            // The standard's codes, as PostgreSQL and H2 use them.
            new Rule("40001", null, Meaning.SERIALIZATION_FAILURE, "serialization failure"),
            new Rule("40P01", null, Meaning.DEADLOCK, "PostgreSQL: deadlock detected"),
            new Rule("55P03", null, Meaning.LOCK_TIMEOUT, "PostgreSQL: lock_timeout, or NOWAIT"));
    // end::table[]

    private DatabaseErrors() {
    }

    /** The meaning, if the error is one of the table's; constraint violations and the rest are not. */
    public static Optional<Meaning> meaning(String sqlState, int vendorCode) {
        return rule(sqlState, vendorCode).map(Rule::meaning);
    }

    /**
     * The domain exception for an error that means a conflict or a lock timeout; empty for any
     * other error, which the caller rethrows as it is.
     */
    public static Optional<RuntimeException> translate(String sqlState, int vendorCode, Throwable error) {
        return rule(sqlState, vendorCode).map(rule -> {
            String detail = rule.source() + " (SQLState " + sqlState + (vendorCode == 0 ? "" : ", code " + vendorCode) + ")";
            return switch (rule.meaning()) {
                case SERIALIZATION_FAILURE -> new ConcurrencyConflictException(
                        ConcurrencyConflictException.Reason.SERIALIZATION_FAILURE, detail, error);
                case DEADLOCK -> new ConcurrencyConflictException(ConcurrencyConflictException.Reason.DEADLOCK, detail, error);
                case LOCK_TIMEOUT -> new LockTimeoutException(detail, error);
            };
        });
    }

    private static Optional<Rule> rule(String sqlState, int vendorCode) {
        return sqlState == null ? Optional.empty()
                : RULES.stream().filter(rule -> rule.matches(sqlState, vendorCode)).findFirst();
    }
}

package dev.dbpatterns.async.hibernate;

import dev.dbpatterns.async.domain.DeadlineExceededException;
import java.sql.SQLException;
import java.util.Set;

/** What the driver said under Hibernate's exception, in the catalogue's words. */
final class HibernateErrors {
    /**
     * A statement the server ended at its time limit: PostgreSQL's 57014 (canceled on the driver's request), MariaDB's
     * 70100 (error 1969, max_statement_time exceeded), H2's 57014.
     */
    private static final Set<String> STATEMENT_ENDED = Set.of("57014", "70100");

    private HibernateErrors() {
    }

    static RuntimeException translated(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATEMENT_ENDED.contains(sql.getSQLState())) {
                return new DeadlineExceededException("The database ended the statement at its limit: " + sql.getMessage(), thrown);
            }
        }
        return thrown;
    }
}

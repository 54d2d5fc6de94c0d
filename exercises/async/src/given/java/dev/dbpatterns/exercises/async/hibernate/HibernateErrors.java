package dev.dbpatterns.exercises.async.hibernate;

import dev.dbpatterns.exercises.async.domain.PageTimedOutException;
import java.sql.SQLException;
import java.util.Set;

/** What the driver said under Hibernate's exception, in the shelf's words. */
final class HibernateErrors {
    /**
     * A statement the database ended at its time limit, or cancelled: PostgreSQL's and H2's 57014, MariaDB's 70100
     * (max_statement_time exceeded, or the query killed).
     */
    private static final Set<String> STATEMENT_ENDED = Set.of("57014", "70100");

    private HibernateErrors() {
    }

    static RuntimeException translated(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && STATEMENT_ENDED.contains(sql.getSQLState())) {
                return new PageTimedOutException("The database ended the statement at its limit: " + sql.getMessage(), thrown);
            }
        }
        return thrown;
    }
}

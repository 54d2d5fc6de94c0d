package dev.dbpatterns.pooling.hibernate;

import dev.dbpatterns.pooling.domain.ConnectionLostException;
import java.sql.SQLException;
import java.util.Set;

/** What the driver said under Hibernate's exception, in the box office's words. */
final class HibernateErrors {
    /**
     * SQLStates of a lost connection: the standard's class 08, PostgreSQL's 57P01 (terminated by an
     * administrator), H2's 90121 (its session or database closed).
     */
    private static final Set<String> CONNECTION_LOST = Set.of("57P01", "90121");

    private HibernateErrors() {
    }

    static RuntimeException translated(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || CONNECTION_LOST.contains(sql.getSQLState()))) {
                return new ConnectionLostException("The connection was lost: " + sql.getMessage(), thrown);
            }
        }
        return thrown;
    }
}

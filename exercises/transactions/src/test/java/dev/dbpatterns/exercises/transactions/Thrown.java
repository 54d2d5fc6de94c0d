package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.sql.SQLException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What a call threw, for the tests that expect an exception. A stub's "TODO" is not an answer to
 * check: it is thrown on, so the learner reads "not written yet" instead of a wrong exception type.
 */
final class Thrown {
    private Thrown() {
    }

    /** The exception the call threw, or null if it returned. */
    static Throwable by(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        throwOnIfTodo(thrown);
        return thrown;
    }

    /** Throws a stub's UnsupportedOperationException("TODO…") found in the causes, as it is. */
    static void throwOnIfTodo(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedOperationException todo && String.valueOf(todo.getMessage()).startsWith("TODO")) {
                throw todo;
            }
        }
    }

    /** The SQLState of the first SQLException among the causes: null when there is none. */
    static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** A unique violation: the standard's 23505 on PostgreSQL and H2; MariaDB says 23000 (its code 1062). */
    static String uniqueViolation(DatabaseTarget target) {
        return target == DatabaseTarget.MARIADB ? "23000" : "23505";
    }
}

package dev.dbpatterns.kit.lesson;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What a call threw, for an exercise's tests that expect an exception. A stub's "TODO" is not an answer to
 * check: it is thrown on, so the learner reads "not written yet" instead of a wrong exception type.
 */
public final class Thrown {
    private Thrown() {
    }

    /** The exception the call threw, or null if it returned. */
    public static Throwable by(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        throwOnIfTodo(thrown);
        return thrown;
    }

    /** Throws a stub's UnsupportedOperationException("TODO…") found in the causes, as it is. */
    public static void throwOnIfTodo(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedOperationException todo && String.valueOf(todo.getMessage()).startsWith("TODO")) {
                throw todo;
            }
        }
    }
}

package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions about what a lesson sent: {@code sql.expect().selects(1).inserts(3).batches(1)}.
 * Each call checks at once; a failure says what was expected and lists every statement that was
 * actually sent, so the reader sees the N+1 or the missing batch without a debugger.
 */
public final class SqlExpectation {
    private final SqlLog log;
    private final String description;

    SqlExpectation(SqlLog log, String description) {
        this.log = log;
        this.description = description;
    }

    public SqlExpectation selects(int expected) {
        return kind(Kind.SELECT, expected);
    }

    public SqlExpectation inserts(int expected) {
        return kind(Kind.INSERT, expected);
    }

    public SqlExpectation updates(int expected) {
        return kind(Kind.UPDATE, expected);
    }

    public SqlExpectation deletes(int expected) {
        return kind(Kind.DELETE, expected);
    }

    public SqlExpectation commits(int expected) {
        return kind(Kind.COMMIT, expected);
    }

    public SqlExpectation rollbacks(int expected) {
        return kind(Kind.ROLLBACK, expected);
    }

    /** How many {@code executeBatch} calls were made. */
    public SqlExpectation batches(int expected) {
        long actual = log.statements().stream().filter(SentStatement::isBatched).map(SentStatement::batch)
                .distinct().count();
        return check(expected, actual, expected == 1 ? "JDBC batch" : "JDBC batches");
    }

    /** Statements of every kind; commits and rollbacks are not counted. */
    public SqlExpectation statements(int expected) {
        long actual = log.statements().stream()
                .filter(s -> s.kind() != Kind.COMMIT && s.kind() != Kind.ROLLBACK)
                .mapToInt(SentStatement::executions).sum();
        return check(expected, actual, expected == 1 ? "statement" : "statements");
    }

    /** Nothing at all reached the database: no statement, no commit, no rollback. */
    public SqlExpectation nothingSent() {
        return check(0, log.statements().size(), "statements, commits or rollbacks");
    }

    private SqlExpectation kind(Kind kind, int expected) {
        return check(expected, log.count(kind), kind.name() + (expected == 1 ? "" : "s"));
    }

    private SqlExpectation check(long expected, long actual, String what) {
        if (actual != expected) {
            String prefix = description == null ? "" : description + ": ";
            throw new AssertionFailedError(prefix + "expected " + expected + " " + what + " but " + actual
                    + (actual == 1 ? " was" : " were") + " sent. What was sent:\n" + log.listing(), expected, actual);
        }
        return this;
    }
}

package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.opentest4j.AssertionFailedError;

/**
 * What a lesson sent to the database, and assertions about it:
 * {@code sql.selects(1).inserts(3).batches(1)}. A failed assertion lists every statement that
 * was actually sent. The log starts empty at each test method (after its {@code @BeforeEach}).
 */
public final class SqlLog {
    private final List<SentStatement> sent;
    private final String description;

    public SqlLog() {
        this(Collections.synchronizedList(new ArrayList<>()), null);
    }

    private SqlLog(List<SentStatement> sent, String description) {
        this.sent = sent;
        this.description = description;
    }

    /** The same log, with a sentence that failure messages start with. */
    public SqlLog as(String description) {
        return new SqlLog(sent, description);
    }

    public void reset() {
        sent.clear();
    }

    public List<SentStatement> statements() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    void append(SentStatement statement) {
        sent.add(statement);
    }

    /** How many statements of a kind were executed; a batch of three counts three. */
    public int count(Kind kind) {
        return statements().stream().filter(s -> s.kind() == kind).mapToInt(SentStatement::executions).sum();
    }

    public SqlLog selects(int expected) {
        return expect(Kind.SELECT, expected);
    }

    public SqlLog inserts(int expected) {
        return expect(Kind.INSERT, expected);
    }

    public SqlLog updates(int expected) {
        return expect(Kind.UPDATE, expected);
    }

    public SqlLog deletes(int expected) {
        return expect(Kind.DELETE, expected);
    }

    public SqlLog commits(int expected) {
        return expect(Kind.COMMIT, expected);
    }

    public SqlLog rollbacks(int expected) {
        return expect(Kind.ROLLBACK, expected);
    }

    /** How many {@code executeBatch} calls were made. */
    public SqlLog batches(int expected) {
        long actual = statements().stream().filter(SentStatement::isBatched).map(SentStatement::batch).distinct().count();
        return check(actual == expected, expected, actual, plural(expected, "JDBC batch", "JDBC batches"));
    }

    /** All statements of any kind, commits and rollbacks not counted. */
    public SqlLog statements(int expected) {
        long actual = statements().stream()
                .filter(s -> s.kind() != Kind.COMMIT && s.kind() != Kind.ROLLBACK)
                .mapToInt(SentStatement::executions).sum();
        return check(actual == expected, expected, actual, plural(expected, "statement", "statements"));
    }

    /** Nothing at all reached the database: no statement, no commit. */
    public SqlLog nothingSent() {
        int actual = statements().size();
        return check(actual == 0, 0, actual, "statements, commits or rollbacks");
    }

    private SqlLog expect(Kind kind, int expected) {
        int actual = count(kind);
        String what = kind.name() + (expected == 1 ? "" : "s");
        return check(actual == expected, expected, actual, what);
    }

    private SqlLog check(boolean ok, long expected, long actual, String what) {
        if (!ok) {
            String prefix = description == null ? "" : description + ": ";
            throw new AssertionFailedError(prefix + "expected " + expected + " " + what + " but " + actual
                    + (actual == 1 ? " was" : " were") + " sent. What was sent:\n" + listing(), expected, actual);
        }
        return this;
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    /** Numbered, one statement a line: the form printed under a lesson and in failure messages. */
    public String listing() {
        List<SentStatement> all = statements();
        if (all.isEmpty()) {
            return "      (no SQL was sent)";
        }
        return IntStream.range(0, all.size())
                .mapToObj(i -> String.format(Locale.ROOT, "  %2d  %s", i + 1, all.get(i).render()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return listing();
    }
}

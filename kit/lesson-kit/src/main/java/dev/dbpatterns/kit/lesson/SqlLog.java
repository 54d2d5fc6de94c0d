package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a lesson sent to the database, in order: statements, batches, commits and rollbacks.
 * It starts empty at each test method (after its {@code @BeforeEach}); {@link #expect()} asserts
 * about it.
 */
public final class SqlLog {
    private final List<SentStatement> sent = Collections.synchronizedList(new ArrayList<>());

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

    /** The writes, in the order sent, one entry per statement or batch: "insert orders ×1", "delete order_line ×2". */
    public List<String> writes() {
        return statements().stream().filter(SentStatement::isWrite).map(SentStatement::summary).toList();
    }

    /** Whether every SELECT came before the first write: all that was needed was read, then written. */
    public boolean readsComeFirst() {
        List<SentStatement> all = statements();
        int firstWrite = IntStream.range(0, all.size()).filter(i -> all.get(i).isWrite()).findFirst().orElse(all.size());
        return all.subList(firstWrite, all.size()).stream().noneMatch(later -> later.kind() == Kind.SELECT);
    }

    /** Assertions about what was sent since the test method started. */
    public SqlExpectation expect() {
        return new SqlExpectation(this, null);
    }

    /** The same, with what the step does, which a failure message starts with. */
    public SqlExpectation expect(String whatTheStepDoes) {
        return new SqlExpectation(this, whatTheStepDoes);
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

package dev.dbpatterns.kit.lesson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints lessons as they run, as a chapter: scenarios and steps by their display names in a
 * tree, each step's SQL under it. Registered through the JUnit Platform's service loader, so
 * Maven (Surefire), an IDE and the learn CLI all show the same thing.
 */
public class LessonTreePrinter implements TestExecutionListener {
    /** The report entry under which {@link DatabaseTargetsExtension} publishes a step's SQL. */
    public static final String SQL_ENTRY = "sql";
    /**
     * A line a step wants under its verdict, such as what it observed:
     * {@code testReporter.publishEntry(LessonTreePrinter.NOTE_ENTRY, "observed: blocked")}.
     */
    public static final String NOTE_ENTRY = "note";

    private static final int MAX_DETAIL_LINES = 12;

    private final PrintStream out;
    private final Map<String, List<String>> linesUnderRunningSteps = new ConcurrentHashMap<>();
    private TestPlan plan;

    public LessonTreePrinter() {
        this(System.out);
    }

    public LessonTreePrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isContainer() && depth(id) >= 0) {
            line(id, id.getDisplayName());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (depth(id) >= 0) {
            line(id, "↷ " + id.getDisplayName() + " — skipped: " + reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (depth(id) < 0) {
            return;
        }
        String why = result.getThrowable().map(LessonTreePrinter::firstLine).orElse("");
        List<String> details = result.getStatus() == TestExecutionResult.Status.FAILED
                ? result.getThrowable().map(LessonTreePrinter::nextLines).orElse(List.of()) : List.of();
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (id.isTest()) {
                    line(id, "✔ " + id.getDisplayName());
                }
            }
            case ABORTED -> line(id, id.isTest()
                    ? "↷ " + id.getDisplayName() + " — skipped: " + why
                    : "  ↷ skipped: " + why);
            case FAILED -> line(id, id.isTest()
                    ? "✘ " + id.getDisplayName() + " — " + why
                    : "  ✘ " + why);
        }
        details.forEach(text -> line(id, "    " + text));
        // Notes and SQL go under the step's verdict, the way a reader looks for them.
        List<String> under = linesUnderRunningSteps.remove(id.getUniqueId());
        if (under != null) {
            under.forEach(text -> line(id, "  " + text));
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        List<String> underTheStep = linesUnderRunningSteps.computeIfAbsent(id.getUniqueId(), key -> new ArrayList<>());
        String note = entry.getKeyValuePairs().get(NOTE_ENTRY);
        if (note != null) {
            note.lines().forEach(line -> underTheStep.add("    ↳ " + line));
        }
        String sql = entry.getKeyValuePairs().get(SQL_ENTRY);
        if (sql != null) {
            underTheStep.addAll(sql.lines().toList());
        }
    }

    private void line(TestIdentifier id, String text) {
        out.println("  ".repeat(Math.max(0, depth(id))) + text);
    }

    /** 0 for a test class, -1 for the engine; so the tree starts at the classes. */
    private int depth(TestIdentifier id) {
        if (plan == null) {
            return 0;
        }
        int depth = -1;
        for (Optional<TestIdentifier> parent = plan.getParent(id); parent.isPresent(); parent = plan.getParent(parent.get())) {
            depth++;
        }
        return depth;
    }

    private static String firstLine(Throwable error) {
        return message(error).lines().findFirst().orElse("").trim();
    }

    /** A failure's next few lines: where an assertion lists what it found, or ArchUnit the violation. */
    private static List<String> nextLines(Throwable error) {
        List<String> lines = new ArrayList<>(message(error).lines().skip(1).filter(text -> !text.isBlank()).toList());
        if (lines.size() > MAX_DETAIL_LINES) {
            lines.subList(MAX_DETAIL_LINES, lines.size()).clear();
            lines.add("…");
        }
        return lines;
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}

package dev.dbpatterns.kit.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes Surefire-format XML reports ({@code TEST-<class>.xml}) from the JUnit Platform's own
 * events: every executed test once, under the top-level class that ran it, named by the display
 * names below that class: {@code on H2 (in memory) › Search › finds books by title}.
 *
 * <p>Surefire's own XML reporter files a test by the class that declares it, so a step inherited
 * from a contract, or run once per database by a class template, landed in the contract's file
 * under its method name, or was counted nowhere. The parent POM turns Surefire's reporter off and
 * this one on by setting {@value #DIRECTORY_KEY}; without it, this listener does nothing.
 */
public final class XmlReportListener implements TestExecutionListener {
    public static final String DIRECTORY_KEY = "catalog.reports.xml.directory";

    private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();
    private final Map<String, StringBuilder> published = new ConcurrentHashMap<>();
    private final Map<String, ReportSuite> suites = new ConcurrentHashMap<>();
    private volatile Path directory;
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        directory = testPlan.getConfigurationParameters().get(DIRECTORY_KEY).map(Path::of).orElse(null);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        startedNanos.put(id.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (directory == null) {
            return;
        }
        // A skipped class or scenario never starts its tests: each one is reported skipped.
        List<TestIdentifier> tests = id.isTest() ? List.of(id)
                : plan.getDescendants(id).stream().filter(TestIdentifier::isTest).toList();
        for (TestIdentifier test : tests) {
            record(test, ReportedTest.Outcome.SKIPPED, new ReportedTest.Problem(reason, "", ""));
        }
        finishSuiteIfTopLevel(id);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (directory == null) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        ReportedTest.Outcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> ReportedTest.Outcome.PASSED;
            case ABORTED -> ReportedTest.Outcome.SKIPPED;
            case FAILED -> thrown instanceof AssertionError ? ReportedTest.Outcome.FAILED : ReportedTest.Outcome.ERROR;
        };
        // A container that fails (a database that cannot be reached, a broken @BeforeAll) is reported
        // as one test in error, as Surefire counts it; one that passes is only the sum of its tests.
        if (id.isTest() || outcome == ReportedTest.Outcome.FAILED || outcome == ReportedTest.Outcome.ERROR) {
            record(id, outcome, thrown == null ? null : problem(thrown));
        }
        finishSuiteIfTopLevel(id);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        StringBuilder output = published.computeIfAbsent(id.getUniqueId(), key -> new StringBuilder());
        synchronized (output) {
            entry.getKeyValuePairs().values().forEach(value -> output.append(value).append('\n'));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        suites.keySet().forEach(this::write);
    }

    private void record(TestIdentifier id, ReportedTest.Outcome outcome, ReportedTest.Problem problem) {
        Optional<TestIdentifier> top = topLevel(id);
        if (top.isEmpty()) {
            return; // an engine with nothing under it
        }
        Long started = startedNanos.remove(id.getUniqueId());
        double seconds = started == null ? 0 : (System.nanoTime() - started) / 1e9;
        StringBuilder output = published.remove(id.getUniqueId());
        suites.computeIfAbsent(top.get().getUniqueId(), key -> new ReportSuite(suiteName(top.get())))
                .add(new ReportedTest(name(id, top.get()), seconds, outcome, problem,
                        output == null ? "" : output.toString()));
    }

    private void finishSuiteIfTopLevel(TestIdentifier id) {
        if (topLevel(id).filter(id::equals).isPresent()) {
            write(id.getUniqueId());
        }
    }

    private void write(String suiteId) {
        ReportSuite suite = suites.remove(suiteId);
        if (suite != null) {
            try {
                suite.writeTo(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the test report to " + directory, e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("Could not write the test report to " + directory, e);
            }
        }
    }

    /** The class directly under the engine (a test class, a class template), or the test itself there. */
    private Optional<TestIdentifier> topLevel(TestIdentifier id) {
        TestIdentifier current = id;
        for (Optional<TestIdentifier> parent = plan.getParent(current); parent.isPresent(); parent = plan.getParent(current)) {
            if (parent.get().getParentIdObject().isEmpty()) {
                return Optional.of(current);
            }
            current = parent.get();
        }
        return Optional.empty();
    }

    private static String suiteName(TestIdentifier top) {
        return top.getSource()
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getClassName())
                .orElse(top.getLegacyReportingName());
    }

    /** "on H2 (in memory) › Search › finds books by title": the display names below the class. */
    private String name(TestIdentifier id, TestIdentifier top) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier current = id; !current.equals(top); current = plan.getParent(current).orElseThrow()) {
            names.add(0, current.getDisplayName());
        }
        return names.isEmpty() ? top.getDisplayName() : String.join(" › ", names);
    }

    private static ReportedTest.Problem problem(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        String message = thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
        return new ReportedTest.Problem(message, thrown.getClass().getName(), trace.toString());
    }
}

package dev.dbpatterns.kit.learn.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to one run and files each test under its task, by the {@code task-N} tag on the test
 * or any of its enclosing classes. A class that fails before its tests start (a database that
 * must be there and is not) fails each of its tests with that reason, so no task passes silently.
 */
final class ResultCollector implements TestExecutionListener {
    private final Workspace workspace;
    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private final Map<String, Set<TestTag>> tags = new LinkedHashMap<>();
    private TestPlan plan;

    ResultCollector(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        forEachTest(id, test -> record(test, TestResult.Status.SKIPPED, reason, null, false));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Throwable error = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (id.isTest()) {
                    record(id, TestResult.Status.PASSED, null, null, false);
                }
            }
            case ABORTED -> forEachTest(id, test -> record(test, TestResult.Status.SKIPPED,
                    error == null ? "skipped" : String.valueOf(error.getMessage()), null, false));
            case FAILED -> forEachTest(id, test -> record(test, TestResult.Status.FAILED,
                    Explanation.message(error), Explanation.location(error, workspace), Explanation.isTimeout(error)));
        }
    }

    /**
     * The tests a result applies to. A class template registers each database's tests only once
     * that database's run starts, so a run that failed before (a required database that did not
     * answer) has none: then the run itself stands for its tests, or it would go unnoticed.
     */
    private void forEachTest(TestIdentifier id, java.util.function.Consumer<TestIdentifier> action) {
        List<TestIdentifier> tests = id.isTest() ? List.of(id)
                : plan.getDescendants(id).stream().filter(TestIdentifier::isTest).toList();
        if (tests.isEmpty() && !id.isTest()) {
            action.accept(id);
        } else {
            tests.forEach(action);
        }
    }

    /** The first word about a test stands: a test that finished is not failed again by its class. */
    private void record(TestIdentifier id, TestResult.Status status, String message, String location, boolean timedOut) {
        if (results.containsKey(id.getUniqueId())) {
            return;
        }
        List<String> names = new ArrayList<>();
        Set<TestTag> allTags = new HashSet<>();
        for (Optional<TestIdentifier> node = Optional.of(id); node.isPresent(); node = plan.getParent(node.get())) {
            allTags.addAll(node.get().getTags());
            if (plan.getParent(node.get()).isPresent()) { // the engine itself has no name worth showing
                names.add(0, node.get().getDisplayName());
            }
        }
        String group = names.isEmpty() ? "" : names.remove(0);
        String target = !names.isEmpty() && names.get(0).startsWith("on ") ? names.remove(0).substring(3) : null;
        results.put(id.getUniqueId(), new TestResult(group, String.join(" › ", names), target, status, message, location,
                timedOut));
        tags.put(id.getUniqueId(), allTags);
    }

    /** The tests of task 1..taskCount, in the order they ran; and those with no task tag. */
    ExerciseResult result(int taskCount, java.time.Duration took) {
        List<TaskResult> tasks = new ArrayList<>();
        Set<String> filed = new HashSet<>();
        for (int number = 1; number <= taskCount; number++) {
            String tag = ExerciseEngine.tagOf(number);
            List<TestResult> tests = new ArrayList<>();
            results.forEach((uniqueId, test) -> {
                if (tags.get(uniqueId).stream().anyMatch(t -> t.getName().equals(tag))) {
                    tests.add(test);
                    filed.add(uniqueId);
                }
            });
            tasks.add(new TaskResult(number, tests));
        }
        List<TestResult> untagged = results.entrySet().stream()
                .filter(entry -> !filed.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        return new ExerciseResult(tasks, List.of(), untagged, took);
    }
}

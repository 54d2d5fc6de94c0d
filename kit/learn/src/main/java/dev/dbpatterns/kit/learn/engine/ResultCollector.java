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
    private final java.util.function.Consumer<RunningTest> started;
    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private final Map<String, Set<TestTag>> tags = new LinkedHashMap<>();
    private TestPlan plan;
    /** The test that started last and has not finished: where a run that is stopped by an error stopped. */
    private volatile TestIdentifier running;

    /** @param started told of each test and class as it starts, with its tasks */
    ResultCollector(Workspace workspace, java.util.function.Consumer<RunningTest> started) {
        this.workspace = workspace;
        this.started = started;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        List<Integer> tasks = (id.isTest() ? List.of(id) : plan.getDescendants(id).stream().filter(TestIdentifier::isTest).toList())
                .stream().map(this::taskOf).filter(task -> task > 0).distinct().sorted().toList();
        if (id.isTest()) {
            running = id;
        }
        if (!tasks.isEmpty()) {
            started.accept(new RunningTest(tasks, String.join(" › ", names(id))));
        }
    }

    /**
     * The run was ended by an error no test can catch (JUnit passes an OutOfMemoryError on): the
     * test that was running fails with it; the tests that had not run yet have no result.
     */
    void stoppedBy(Throwable error) {
        TestIdentifier test = running;
        if (test != null) {
            record(test, TestResult.Status.FAILED, null, Explanation.of(error, taskOf(test), workspace));
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        forEachTest(id, test -> record(test, TestResult.Status.SKIPPED, reason, null));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Throwable error = result.getThrowable().orElse(null);
        if (id.equals(running)) {
            running = null;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (id.isTest()) {
                    record(id, TestResult.Status.PASSED, null, null);
                }
            }
            case ABORTED -> forEachTest(id, test -> record(test, TestResult.Status.SKIPPED,
                    error == null ? "skipped" : Explanation.stable(String.valueOf(error.getMessage())), null));
            case FAILED -> forEachTest(id, test -> record(test, TestResult.Status.FAILED, null,
                    Explanation.of(error, taskOf(test), workspace)));
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
    private void record(TestIdentifier id, TestResult.Status status, String message, Explanation.Explained failure) {
        if (results.containsKey(id.getUniqueId())) {
            return;
        }
        List<String> names = names(id);
        String group = names.isEmpty() ? "" : names.remove(0);
        String target = !names.isEmpty() && names.get(0).startsWith("on ") ? names.remove(0).substring(3) : null;
        results.put(id.getUniqueId(), failure == null
                ? new TestResult(group, String.join(" › ", names), target, status, message, null, false, null)
                : new TestResult(group, String.join(" › ", names), target, status, failure.message(), failure.location(),
                failure.timedOut(), failure.todoTask()));
        tags.put(id.getUniqueId(), tagsOf(id));
    }

    /** The display names from the test class down to the test. */
    private List<String> names(TestIdentifier id) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> node = Optional.of(id); node.isPresent(); node = plan.getParent(node.get())) {
            if (plan.getParent(node.get()).isPresent()) { // the engine itself has no name worth showing
                names.add(0, node.get().getDisplayName());
            }
        }
        return names;
    }

    /** The tags of the test and of every class it is in. */
    private Set<TestTag> tagsOf(TestIdentifier id) {
        Set<TestTag> all = new HashSet<>();
        for (Optional<TestIdentifier> node = Optional.of(id); node.isPresent(); node = plan.getParent(node.get())) {
            all.addAll(node.get().getTags());
        }
        return all;
    }

    /** The task a test belongs to by its {@code task-N} tag; 0 when it has none. */
    private int taskOf(TestIdentifier id) {
        return tagsOf(id).stream().map(TestTag::getName).filter(name -> name.matches("task-\\d{1,9}"))
                .mapToInt(name -> Integer.parseInt(name.substring("task-".length()))).min().orElse(0);
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

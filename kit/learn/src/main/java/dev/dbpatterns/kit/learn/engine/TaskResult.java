package dev.dbpatterns.kit.learn.engine;

import java.util.List;

/** The tests tagged {@code task-N}, and whether the task passes: at least one ran, and none failed. */
public record TaskResult(int number, List<TestResult> tests) {

    public boolean passed() {
        return count(TestResult.Status.PASSED) > 0 && failures().isEmpty();
    }

    public List<TestResult> failures() {
        return tests.stream().filter(TestResult::failed).toList();
    }

    public long count(TestResult.Status status) {
        return tests.stream().filter(test -> test.status() == status).count();
    }

    /** Whether a test overran the time limit: its thread may still be running, slowing what runs after it. */
    public boolean timedOut() {
        return tests.stream().anyMatch(TestResult::timedOut);
    }

    public String tag() {
        return ExerciseEngine.tagOf(number);
    }
}

package dev.dbpatterns.kit.learn.engine;

import java.time.Duration;
import java.util.List;

/**
 * One run of an exercise: its tasks in order, or why it did not compile.
 *
 * @param untagged tests that carry no task tag of the course (the course check refuses them)
 */
public record ExerciseResult(List<TaskResult> tasks, List<String> compileErrors, List<TestResult> untagged,
                             Duration took) {

    public boolean compiled() {
        return compileErrors.isEmpty();
    }

    public boolean passed() {
        return compiled() && tasks.stream().allMatch(TaskResult::passed);
    }

    /** The first task that does not pass, or null when all pass. */
    public TaskResult firstFailing() {
        return tasks.stream().filter(task -> !task.passed()).findFirst().orElse(null);
    }

    /** How many tests did not run (a database that did not answer, say). */
    public long skipped() {
        return tasks.stream().mapToLong(task -> task.count(TestResult.Status.SKIPPED)).sum();
    }

    public List<Integer> passedTasks() {
        return tasks.stream().filter(TaskResult::passed).map(TaskResult::number).toList();
    }
}

package dev.dbpatterns.kit.learn;

import com.google.gson.GsonBuilder;
import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.TaskResult;
import dev.dbpatterns.kit.learn.engine.TestResult;
import java.util.List;

/** A grading, as written to the JSON report: submissions, exercises, tasks with points, failing tests. */
public record GradeReport(String course, String gradedAt, String database, long timeLimitSeconds,
                          List<Submission> submissions) {

    /** @param problem why it could not be graded (stopped, crashed), or null */
    public record Submission(String name, String folder, int points, int maxPoints, List<Exercise> exercises,
                             String problem) {
    }

    /** @param submitted whether the submission has the exercise's folder at all */
    public record Exercise(String name, boolean submitted, boolean compiled, int points, int maxPoints,
                           List<String> compileErrors, List<Task> tasks) {

        static Exercise missing(Course.Exercise exercise) {
            return new Exercise(exercise.name(), false, false, 0, exercise.maxPoints(), List.of(),
                    tasks(exercise, null));
        }

        static Exercise of(Course.Exercise exercise, ExerciseResult result) {
            return new Exercise(exercise.name(), true, result.compiled(), 0, exercise.maxPoints(), result.compileErrors(),
                    tasks(exercise, result)).withTasks(List.of());
        }

        /** The same exercise with some tasks graded again (matched by number), and its points added up anew. */
        Exercise withTasks(List<Task> regraded) {
            List<Task> merged = tasks.stream().map(task -> regraded.stream().filter(again -> again.task() == task.task())
                    .findFirst().orElse(task)).toList();
            return new Exercise(name, submitted, compiled, merged.stream().mapToInt(Task::points).sum(), maxPoints,
                    compileErrors, merged);
        }

        private static List<Task> tasks(Course.Exercise exercise, ExerciseResult result) {
            return java.util.stream.IntStream.rangeClosed(1, exercise.tasks().size()).mapToObj(number -> {
                Course.Task task = exercise.task(number);
                TaskResult run = result == null ? new TaskResult(number, List.of()) : result.tasks().get(number - 1);
                List<Test> failures = run.failures().stream()
                        .map(t -> new Test(t.group() + " › " + t.name() + (t.target() == null ? "" : " (on " + t.target() + ")"),
                                t.message(), t.location()))
                        .toList();
                return new Task(number, task.title(), run.passed() ? task.points() : 0, task.points(), run.passed(),
                        run.timedOut(), run.count(TestResult.Status.PASSED), failures.size(),
                        run.count(TestResult.Status.SKIPPED), failures);
            }).toList();
        }
    }

    /** @param timedOut whether a test of the task overran the per-test time limit */
    public record Task(int task, String title, int points, int maxPoints, boolean passed, boolean timedOut,
                       long testsPassed, long testsFailed, long testsSkipped, List<Test> failures) {
    }

    public record Test(String name, String message, String location) {
    }

    public String toJson() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(this) + "\n";
    }

    static <T> T fromJson(String json, Class<T> type) {
        return new GsonBuilder().create().fromJson(json, type);
    }
}

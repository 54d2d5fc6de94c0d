package dev.dbpatterns.kit.learn;

import com.google.gson.GsonBuilder;
import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.TaskResult;
import dev.dbpatterns.kit.learn.engine.TestResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A grading, as written to the JSON report: submissions, the exercises each submitted, tasks with
 * points, and every test with its outcome. The same submission always gives the same report, but
 * for {@code gradedAt}.
 *
 * @param sandbox what the submissions' code ran in: "bubblewrap", or "none: " and why
 */
public record GradeReport(String course, String gradedAt, String database, long timeLimitSeconds, String sandbox,
                          List<Submission> submissions) {

    /**
     * @param points       out of {@code maxPoints}: the exercises submitted, and only those
     * @param notSubmitted the course's exercises the submission has no folder for: neither graded nor counted
     * @param problem      why it could not be graded (stopped, crashed), or null
     * @param notes        what its code did that cost no points but an instructor should know (threads left running)
     */
    public record Submission(String name, String folder, int points, int maxPoints, List<Exercise> exercises,
                             List<String> notSubmitted, String problem, List<String> notes) {

        /** The same submission with these notes too (each once). */
        Submission withNotes(List<String> more) {
            List<String> all = java.util.stream.Stream.concat(notes == null ? java.util.stream.Stream.<String>empty()
                    : notes.stream(), more == null ? java.util.stream.Stream.<String>empty() : more.stream()).distinct().toList();
            return new Submission(name, folder, points, maxPoints, exercises, notSubmitted, problem, all);
        }

        /** The same submission with some of its tasks graded again, its points added up anew. */
        Submission withRegraded(List<Exercise> regraded) {
            List<Exercise> merged = exercises.stream().map(exercise -> regraded.stream()
                    .filter(again -> again.name().equals(exercise.name())).findFirst()
                    .map(again -> exercise.withRegraded(again.tasks())).orElse(exercise)).toList();
            return new Submission(name, folder, merged.stream().mapToInt(Exercise::points).sum(), maxPoints, merged,
                    notSubmitted, problem, notes);
        }
    }

    public record Exercise(String name, boolean compiled, int points, int maxPoints, List<String> compileErrors,
                           List<Task> tasks) {

        /** Graded with only some tasks run ({@code onlyTasks}, or all when empty): the others are left out. */
        static Exercise of(Course.Exercise exercise, ExerciseResult result, List<Integer> onlyTasks) {
            List<Task> tasks = IntStream.rangeClosed(1, exercise.tasks().size())
                    .filter(number -> onlyTasks.isEmpty() || onlyTasks.contains(number))
                    .mapToObj(number -> Task.of(exercise.task(number), result.tasks().get(number - 1)))
                    .toList();
            return new Exercise(exercise.name(), result.compiled(), tasks.stream().mapToInt(Task::points).sum(),
                    exercise.maxPoints(), result.compileErrors(), tasks);
        }

        /** The same exercise with these tasks failed by a fault in one of their tests, in the tasks' order. */
        Exercise withFault(Course.Exercise exercise, List<Integer> faulted, String test, String reason) {
            List<Task> merged = new java.util.ArrayList<>(tasks.stream().filter(task -> !faulted.contains(task.task())).toList());
            faulted.forEach(number -> merged.add(Task.faulted(number, exercise.task(number), test, reason)));
            merged.sort(java.util.Comparator.comparingInt(Task::task));
            return new Exercise(name, compiled, merged.stream().mapToInt(Task::points).sum(), maxPoints, compileErrors, merged);
        }

        /** The same exercise with some tasks graded again (matched by number), marked so, and its points added up anew. */
        Exercise withRegraded(List<Task> regraded) {
            List<Task> merged = tasks.stream().map(task -> regraded.stream().filter(again -> again.task() == task.task())
                    .findFirst().map(Task::gradedAgain).orElse(task)).toList();
            return new Exercise(name, compiled, merged.stream().mapToInt(Task::points).sum(), maxPoints,
                    compileErrors, merged);
        }
    }

    /**
     * @param timedOut whether a test of the task overran the per-test time limit
     * @param regraded whether the task was graded again, alone in a fresh JVM, after another task's time-out
     * @param tests    every test of the task, in the order they ran
     */
    public record Task(int task, String title, int points, int maxPoints, boolean passed, boolean timedOut,
                       boolean regraded, long testsPassed, long testsFailed, long testsSkipped, List<Test> tests) {

        static Task of(Course.Task task, TaskResult run) {
            return new Task(run.number(), task.title(), run.passed() ? task.points() : 0, task.points(), run.passed(),
                    run.timedOut(), false, run.count(TestResult.Status.PASSED), run.count(TestResult.Status.FAILED),
                    run.count(TestResult.Status.SKIPPED), run.tests().stream().map(Test::of).toList());
        }

        /** A task whose test ended or hung the JVM it ran in: failed, with that test and the reason. */
        static Task faulted(int number, Course.Task task, String test, String reason) {
            return new Task(number, task.title(), 0, task.points(), false, false, false, 0, 1, 0,
                    List.of(new Test(test, null, Test.FAILED, reason, null, null)));
        }

        List<Test> failures() {
            return tests.stream().filter(test -> test.status().equals(Test.FAILED)).toList();
        }

        /**
         * Whether every failure is a stub still a TODO: such a task fails at once, and nothing a
         * runaway thread does can change that.
         */
        boolean failsAtStubs() {
            return !failures().isEmpty() && failures().stream().allMatch(test -> test.todoTask() != null);
        }

        private Task gradedAgain() {
            return new Task(task, title, points, maxPoints, passed, timedOut, true, testsPassed, testsFailed,
                    testsSkipped, tests);
        }
    }

    /**
     * @param name     the test class's and the test's display names, joined by " › "
     * @param database the database it ran on ("H2 (in memory)"), or null
     * @param status   passed, failed or skipped
     * @param message  for a failure or a skip, why, in words; else null
     * @param location where in the submission's files it went wrong, or null
     * @param todoTask the task whose stub it failed on, still a TODO, or null
     */
    public record Test(String name, String database, String status, String message, String location, Integer todoTask) {
        static final String PASSED = "passed";
        static final String FAILED = "failed";

        static Test of(TestResult test) {
            return new Test(test.name().isEmpty() ? test.group() : test.group() + " › " + test.name(), test.target(),
                    test.status().name().toLowerCase(Locale.ROOT), test.message(), test.location(), test.todoTask());
        }
    }

    public String toJson() {
        return json(this);
    }

    static String json(Object value) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(value) + "\n";
    }

    static <T> T fromJson(String json, Class<T> type) {
        return new GsonBuilder().create().fromJson(json, type);
    }
}

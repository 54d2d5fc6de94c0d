package dev.dbpatterns.kit.learn;

import com.google.gson.annotations.SerializedName;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The grades in the format of Exercism's test runners ({@code results.json}, version 3), which
 * their dashboards and tools read: one file per exercise of each submission, at
 * {@code <folder>/<submission>/<exercise>/results.json}, since a task number (its {@code task_id})
 * means something only within one exercise.
 */
final class ExercismResults {
    static final String FILE = "results.json";

    private ExercismResults() {
    }

    /** results.json, version 3: pass, fail, or error when no test could run (with the reason in message). */
    record Results(int version, String status, String message, List<TestOutcome> tests) {
    }

    record TestOutcome(String name, String status, String message, @SerializedName("task_id") int taskId) {
    }

    /** Writes each submitted exercise's results.json under the folder; returns how many were written. */
    static int write(Path folder, GradeReport report, Course course) {
        int written = 0;
        for (GradeReport.Submission submission : report.submissions()) {
            for (Course.Exercise exercise : course.exercises()) {
                if (submission.notSubmitted().contains(exercise.name())) {
                    continue;
                }
                Results results = submission.problem() != null ? error(submission.problem())
                        : submission.exercises().stream().filter(graded -> graded.name().equals(exercise.name()))
                        .findFirst().map(ExercismResults::of).orElseGet(() -> error("not graded"));
                GradeCommand.write(folder.resolve(submission.name()).resolve(exercise.name()).resolve(FILE),
                        GradeReport.json(results));
                written++;
            }
        }
        return written;
    }

    static Results of(GradeReport.Exercise exercise) {
        if (!exercise.compiled()) {
            return error("The code does not compile:\n" + String.join("\n", exercise.compileErrors()));
        }
        // By task, and within a task in the order the tests ran: the order of the course's test files.
        List<TestOutcome> tests = exercise.tasks().stream().sorted(Comparator.comparingInt(GradeReport.Task::task))
                .flatMap(task -> task.tests().stream().map(test -> outcome(task.task(), test))).toList();
        if (tests.isEmpty()) {
            return error("No test ran.");
        }
        boolean passed = tests.stream().allMatch(test -> test.status().equals("pass"));
        return new Results(3, passed ? "pass" : "fail", null, tests);
    }

    private static TestOutcome outcome(int task, GradeReport.Test test) {
        String name = test.database() == null ? test.name() : test.name() + " › on " + test.database();
        return switch (test.status()) {
            case GradeReport.Test.PASSED -> new TestOutcome(name, "pass", null, task);
            case GradeReport.Test.FAILED -> new TestOutcome(name, "fail",
                    test.location() == null ? test.message() : test.message() + "\nat " + test.location(), task);
            // Skipped (its database did not answer): it did not run, which is an error of the run, not of the code.
            default -> new TestOutcome(name, "error", "did not run: " + test.message(), task);
        };
    }

    private static Results error(String message) {
        return new Results(3, "error", message, List.of());
    }
}

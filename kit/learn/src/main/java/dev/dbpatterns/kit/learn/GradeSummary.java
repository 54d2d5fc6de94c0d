package dev.dbpatterns.kit.learn;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** A graded submission in words, for the instructor: its points, each exercise's, and each task's with why it failed. */
final class GradeSummary {
    private final Output out;

    GradeSummary(Output out) {
        this.out = out;
    }

    void print(GradeReport.Submission submission) {
        out.println(out.bold(submission.name() + ": " + submission.points() + " of " + submission.maxPoints() + " points"));
        if (submission.problem() != null) {
            out.println("  " + out.red("✘ " + submission.problem()));
        }
        for (GradeReport.Exercise exercise : submission.exercises()) {
            out.println("  " + exercise.name() + ": " + exercise.points() + " of " + exercise.maxPoints()
                    + (exercise.compiled() ? "" : " (does not compile: "
                    + exercise.compileErrors().get(0).lines().findFirst().orElse("") + ")"));
            if (!exercise.compiled()) {
                continue;
            }
            for (GradeReport.Task task : exercise.tasks()) {
                String why = task.passed() ? "" : out.dim(" — " + why(task).lines().findFirst().orElse(""));
                out.println(String.format(Locale.ROOT, "    %s task %d  %-62s %d of %d%s", task.passed() ? out.green("✔")
                        : out.red("✘"), task.task(), task.title(), task.points(), task.maxPoints(), why));
            }
        }
        if (submission.notes() != null) {
            submission.notes().forEach(note -> out.println("  " + out.yellow("! " + note)));
        }
        if (!submission.notSubmitted().isEmpty()) {
            out.println(out.dim("  not in the submission, not counted: " + String.join(", ", submission.notSubmitted())));
        }
    }

    /**
     * Why a task failed, in a line: its first failure that is the learner's own doing; failing that,
     * the stubs it waits for, naming every earlier task still a TODO; or why its tests did not run.
     */
    private static String why(GradeReport.Task task) {
        List<GradeReport.Test> failures = task.failures();
        if (failures.isEmpty()) {
            return task.tests().stream().map(GradeReport.Test::message).filter(Objects::nonNull).findFirst()
                    .map(reason -> "did not run: " + reason).orElse("no test of this task ran");
        }
        GradeReport.Test first = failures.stream().filter(test -> test.todoTask() == null).findFirst().orElse(failures.get(0));
        List<Integer> waitsFor = failures.stream().map(GradeReport.Test::todoTask)
                .filter(todo -> todo != null && todo != task.task()).distinct().sorted().toList();
        if (first.todoTask() == null || waitsFor.size() < 2) {
            return first.message();
        }
        GradeReport.Test earliest = failures.stream().filter(test -> waitsFor.get(0).equals(test.todoTask())).findFirst().orElseThrow();
        return "needs tasks " + waitsFor.stream().map(String::valueOf).collect(Collectors.joining(" and "))
                + " first: " + earliest.message().replaceFirst("^needs task \\d+ first: ", "");
    }
}

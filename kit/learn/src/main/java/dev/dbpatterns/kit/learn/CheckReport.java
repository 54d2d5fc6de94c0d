package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.TaskResult;
import dev.dbpatterns.kit.learn.engine.TestResult;
import java.util.List;
import java.util.Locale;

/** An exercise's result in words: a line per task, then the first failing task's failures in full. */
final class CheckReport {
    private static final int FAILURES_SHOWN = 4;

    private final Output out;

    CheckReport(Output out) {
        this.out = out;
    }

    void print(Course.Exercise exercise, ExerciseResult result) {
        if (!result.compiled()) {
            out.println(out.red("✘ Your code does not compile:"));
            result.compileErrors().forEach(error -> out.println(indent(error, "  ")));
            out.println("Fix it and check again; no task can run until it compiles.");
            return;
        }
        for (TaskResult task : result.tasks()) {
            Course.Task described = exercise.task(task.number());
            String mark = task.passed() ? out.green("✔") : out.red("✘");
            String counts = task.count(TestResult.Status.PASSED) + " of " + task.tests().size() + " tests pass"
                    + (task.count(TestResult.Status.SKIPPED) > 0 ? ", " + task.count(TestResult.Status.SKIPPED) + " skipped" : "");
            out.println(String.format(Locale.ROOT, "  %s task %d  %-62s %s", mark, task.number(), described.title(),
                    out.dim(counts)));
        }
        TaskResult failing = result.firstFailing();
        if (failing != null) {
            out.println();
            printFailures(exercise, failing);
        }
        if (result.tasks().stream().anyMatch(TaskResult::timedOut)) {
            out.println(out.yellow("A test ran past its time limit. Java cannot stop its thread: it keeps a core busy"
                    + " until learn ends. In learn watch, press Ctrl-C and start it again once the loop is fixed."));
        }
    }

    private void printFailures(Course.Exercise exercise, TaskResult task) {
        out.println(out.bold("Task " + task.number() + " fails: " + exercise.task(task.number()).title()));
        List<TestResult> failures = task.failures();
        if (failures.isEmpty()) {
            List<TestResult> skipped = task.tests().stream().filter(t -> t.status() == TestResult.Status.SKIPPED).toList();
            out.println(skipped.isEmpty() ? "  No test is tagged " + task.tag() + "."
                    : "  None of its tests could run: " + skipped.get(0).message());
            return;
        }
        boolean severalGroups = failures.stream().map(TestResult::group).distinct().count() > 1;
        boolean severalTargets = task.tests().stream().map(TestResult::target).distinct().count() > 1;
        for (TestResult failure : firstOfEachGroupFirst(failures).subList(0, Math.min(FAILURES_SHOWN, failures.size()))) {
            String name = (severalGroups ? failure.group().replaceFirst("^Task \\d+ · ", "") + " › " : "")
                    + failure.name() + (severalTargets && failure.target() != null ? " › on " + failure.target() : "");
            out.println("  " + out.red("✘") + " " + name);
            out.println(indent(failure.message(), "      "));
            if (failure.location() != null) {
                out.println(out.dim("      at " + failure.location()));
            }
        }
        if (failures.size() > FAILURES_SHOWN) {
            out.println("  … and " + (failures.size() - FAILURES_SHOWN) + " more failing test"
                    + (failures.size() - FAILURES_SHOWN == 1 ? "" : "s") + " in this task.");
        }
    }

    /** A task with a MyBatis and a Hibernate test class shows how each fails before more of either. */
    private static List<TestResult> firstOfEachGroupFirst(List<TestResult> failures) {
        List<TestResult> firsts = failures.stream()
                .filter(failure -> failures.stream().filter(f -> f.group().equals(failure.group())).findFirst().get() == failure)
                .toList();
        List<TestResult> ordered = new java.util.ArrayList<>(firsts);
        failures.stream().filter(failure -> !firsts.contains(failure)).forEach(ordered::add);
        return ordered;
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).reduce((a, b) -> a + "\n" + b).orElse(prefix);
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code learn check [exercise]}: compile and run an exercise, report it by task, record the progress. */
@Command(name = "check", description = "compile and test an exercise, task by task")
final class CheckCommand extends LearnCommand {
    @Parameters(arity = "0..1", paramLabel = "exercise", description = "default: the first exercise not passed yet")
    String name;
    @Mixin
    DatabaseOption database;
    @Mixin
    TimeLimitOption timeLimit;

    @Override
    public Integer call() {
        return check(invocation, invocation.exerciseOrCurrent(name), timeLimit.with(database), database.describe());
    }

    /** Also learn watch's, on each save. @return 0 when the exercise passes, 1 when it does not */
    static int check(Invocation invocation, Course.Exercise exercise, RunSettings settings, String databases) {
        Output out = invocation.out;
        invocation.progress(); // a missing or damaged progress file is rebuilt first, not in the middle of the report
        out.println(out.bold("Checking " + exercise.name() + ": " + exercise.title())
                + out.dim(" (" + exercise.tasks().size() + " tasks, on " + databases + ")"));
        ExerciseResult result = invocation.check(exercise, settings);
        new CheckReport(out).print(exercise, result);
        boolean recorded = invocation.record(exercise, result);
        out.println(out.dim(String.format(Locale.ROOT, "Checked in %.1f s.", result.took().toMillis() / 1000.0)));
        if (!recorded) {
            out.println(out.yellow(result.skipped() + " tests were skipped (each says why above), so this check was not"
                    + " recorded in " + ProgressFile.PATH + ": progress counts only checks in which every test ran."));
            return 1;
        }
        if (!result.passed()) {
            if (result.compiled()) {
                out.println("Stuck? " + out.bold("./learn hint") + " gives a hint for task " + result.firstFailing().number() + ".");
            }
            return 1;
        }
        out.println();
        out.println(out.green("✔ " + exercise.name() + " passes: all " + exercise.tasks().size() + " tasks, "
                + exercise.maxPoints() + " points.") + " Recorded in " + ProgressFile.PATH + ".");
        out.println("  The worked solution is yours to compare now: " + out.bold("./learn solution " + exercise.name()));
        Course.Exercise next = invocation.progress().current(invocation.course());
        out.println(next == null ? "  That was the last exercise: the course is done."
                : "  Next: " + next.name() + ", " + next.title() + ". Start with " + out.bold("./learn lesson " + next.pattern())
                        + ", then " + out.bold("./learn check " + next.name()) + ".");
        return 0;
    }
}

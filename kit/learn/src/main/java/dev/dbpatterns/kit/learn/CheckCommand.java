package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code learn check [exercise] [--db …]}: compile and run an exercise, report it by task, record the progress. */
final class CheckCommand {
    private final Session session;

    CheckCommand(Session session) {
        this.session = session;
    }

    int run(List<String> args) {
        Arguments arguments = Arguments.parse("check", args, Set.of(), Set.of("--db", "--time-limit"));
        arguments.atMostWords(1);
        Course.Exercise exercise = session.exerciseOrCurrent(arguments.word(0));
        return check(exercise, Options.settings(arguments));
    }

    /** @return 0 when the exercise passes, 1 when it does not */
    int check(Course.Exercise exercise, RunSettings settings) {
        Output out = session.out;
        session.progress(); // a missing or damaged progress file is rebuilt first, not in the middle of the report
        out.println(out.bold("Checking " + exercise.name() + ": " + exercise.title())
                + out.dim(" (" + exercise.tasks().size() + " tasks, on " + Options.describe(settings) + ")"));
        ExerciseResult result = session.check(exercise, settings);
        new CheckReport(out).print(exercise, result);
        session.record(exercise, result);
        out.println(out.dim(String.format(Locale.ROOT, "Checked in %.1f s.", result.took().toMillis() / 1000.0)));
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
        Course.Exercise next = session.progress().current(session.course());
        out.println(next == null ? "  That was the last exercise: the course is done."
                : "  Next: " + next.name() + ", " + next.title() + ". Start with " + out.bold("./learn lesson " + next.pattern())
                        + ", then " + out.bold("./learn check " + next.name()) + ".");
        return 0;
    }
}

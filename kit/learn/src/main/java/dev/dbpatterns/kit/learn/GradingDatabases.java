package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.DatabaseCheck;
import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.Workspace;
import dev.dbpatterns.kit.targets.Target;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Grading never proceeds blind: before any submission is scored, every database server it will
 * run on must answer. One that does not would skip its tests, and a skipped test scores nothing:
 * the whole class would get 0 points without a reason. H2 always answers.
 */
final class GradingDatabases {
    private GradingDatabases() {
    }

    /** @param exercise one the grading runs, whose libraries (lesson-kit, the drivers) its tests will use */
    static void requireAnswering(Invocation invocation, DatabaseOption database, Course.Exercise exercise) {
        List<Target> targets = database.targets();
        if (targets.stream().noneMatch(Target::isServer)) {
            return;
        }
        ExerciseFolder folder = invocation.folder(exercise);
        List<DatabaseCheck.Unanswered> unanswered = DatabaseCheck.unanswered(new Workspace(folder, folder, invocation.root),
                database.database);
        if (unanswered.isEmpty()) {
            return;
        }
        List<String> silent = unanswered.stream().map(DatabaseCheck.Unanswered::target).toList();
        String others = targets.stream().map(Target::id).filter(id -> !silent.contains(id)).collect(Collectors.joining(","));
        String what = unanswered.size() == 1 ? "To grade on it, " + unanswered.get(0).whatToDo()
                : unanswered.stream().map(problem -> "on " + Target.byId(problem.target()).orElseThrow().product()
                + ", " + problem.whatToDo()).collect(Collectors.joining("; ", "To grade ", ""));
        throw new LearnException("Nothing was graded: " + unanswered.stream().map(DatabaseCheck.Unanswered::reason)
                .collect(Collectors.joining("; ")) + ".\n  " + what + "; or grade without "
                + (unanswered.size() == 1 ? "it" : "them") + ": --db " + (others.isEmpty() ? Target.H2.id() : others) + ".");
    }

    /**
     * After grading: drops what grading JVMs that were killed or halted (a hang, a full heap) left
     * on the servers, so a grading run leaves them as it found them.
     */
    static void sweepLeftovers(Invocation invocation, DatabaseOption database, Course.Exercise exercise) {
        if (database.targets().stream().anyMatch(Target::isServer)) {
            ExerciseFolder folder = invocation.folder(exercise);
            DatabaseCheck.sweepLeftovers(new Workspace(folder, folder, invocation.root), database.database);
        }
    }
}

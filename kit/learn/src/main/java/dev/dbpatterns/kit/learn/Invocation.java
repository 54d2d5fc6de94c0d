package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseEngine;
import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What every command of one run of the CLI works with: the repository root, the course, the progress, the engine, the output. */
final class Invocation {
    final Path root;
    final Output out;
    final BufferedReader in;
    final ExerciseEngine engine = new ExerciseEngine();
    private final ProgressFile progressFile;
    private Course course;
    private Progress progress;

    Invocation(Path root, Output out, BufferedReader in) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out;
        this.in = in;
        this.progressFile = new ProgressFile(this.root);
    }

    Course course() {
        if (course == null) {
            course = Course.load(root);
        }
        return course;
    }

    ExerciseFolder folder(Course.Exercise exercise) {
        return exercise.exerciseFolder(root);
    }

    ExerciseResult check(Course.Exercise exercise, RunSettings settings) {
        ExerciseFolder folder = folder(exercise);
        return EndedRun.guarding(out, exercise.name(), started -> engine.run(new Workspace(folder, folder, root),
                exercise.tasks().size(), List.of(), settings, started));
    }

    /** The saved progress; when it is missing or damaged, says so and rebuilds it from what passes now. */
    Progress progress() {
        if (progress == null) {
            switch (progressFile.read(course())) {
                case ProgressFile.Read.Found found -> progress = found.progress();
                case ProgressFile.Read.Unusable unusable -> progress = rebuild(unusable.why());
            }
        }
        return progress;
    }

    /** An exercise not built yet counts as not started: checking one exercise never needs another's build. */
    private Progress rebuild(String why) {
        out.println(out.yellow("Progress: " + why + ". Rebuilding it from what passes now…"));
        Progress rebuilt = Progress.empty();
        for (Course.Exercise exercise : course().exercises()) {
            if (!Files.isRegularFile(folder(exercise).classpathFile())) {
                out.println("  " + exercise.name() + ": not built yet, counted as not started");
                continue;
            }
            ExerciseResult result = check(exercise, RunSettings.defaults());
            rebuilt = rebuilt.with(exercise.name(), result.passedTasks(), now());
            out.println("  " + exercise.name() + ": " + result.passedTasks().size() + " of " + exercise.tasks().size()
                    + " tasks pass");
        }
        Progress found = rebuilt;
        progress = progressFile.update(course(), onDisk -> found);
        out.println("Saved " + ProgressFile.PATH + ".");
        out.println();
        return rebuilt;
    }

    /**
     * Records which tasks passed, merged with what other runs recorded meanwhile. A run in which
     * tests were skipped (a database that did not answer) proves nothing about them: it records
     * nothing, and returns false.
     */
    boolean record(Course.Exercise exercise, ExerciseResult result) {
        if (result.skipped() > 0) {
            return false;
        }
        setPassedTasks(exercise, result.passedTasks());
        return true;
    }

    void setPassedTasks(Course.Exercise exercise, List<Integer> passedTasks) {
        progress = progressFile.update(course(), onDisk -> onDisk.with(exercise.name(), passedTasks, now()));
    }

    /** The exercise named, or the current one (the first not passed) when no name is given. */
    Course.Exercise exerciseOrCurrent(String name) {
        if (name != null) {
            return course().exercise(name);
        }
        Course.Exercise current = progress().current(course());
        if (current == null) {
            throw new LearnException("Every exercise passes: the course is done. Name one to look at it again: "
                    + course().names() + ".");
        }
        return current;
    }

    String show(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

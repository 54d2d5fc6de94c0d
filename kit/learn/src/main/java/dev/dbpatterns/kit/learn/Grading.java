package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Grades one submission. Each is graded in a JVM of its own (this class's {@link #gradeHere}, run
 * by the hidden command {@code learn grade-one}): a test that loops forever fails at the time
 * limit, but its thread cannot be stopped and keeps a core busy until that JVM ends. So when a
 * test timed out, every other task that failed in that run is graded again alone, in a fresh
 * JVM, where no runaway thread can have slowed it.
 */
final class Grading {
    private final Invocation invocation;

    Grading(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Grades in JVMs of its own; after a time-out, the other failed tasks again, one fresh JVM each. */
    GradeReport.Submission grade(Path submission, RunSettings settings) {
        GradeReport.Submission graded = inOwnJvm(submission, settings, null);
        boolean runaway = graded.exercises().stream().flatMap(e -> e.tasks().stream()).anyMatch(GradeReport.Task::timedOut);
        if (!runaway) {
            return graded;
        }
        List<GradeReport.Exercise> exercises = new ArrayList<>();
        for (GradeReport.Exercise exercise : graded.exercises()) {
            List<GradeReport.Task> regraded = new ArrayList<>();
            for (GradeReport.Task task : exercise.tasks()) {
                if (exercise.compiled() && !task.passed() && !task.timedOut()) {
                    GradeReport.Submission alone = inOwnJvm(submission, settings, exercise.name() + ":" + task.task());
                    if (alone.problem() == null) {
                        regraded.add(alone.exercises().get(0).tasks().get(task.task() - 1));
                    }
                }
            }
            exercises.add(exercise.withTasks(regraded));
        }
        return new GradeReport.Submission(graded.name(), graded.folder(),
                exercises.stream().mapToInt(GradeReport.Exercise::points).sum(), graded.maxPoints(), exercises, null);
    }

    static String toJson(GradeReport.Submission submission) {
        return new GradeReport(null, null, null, 0, List.of(submission)).toJson();
    }

    /**
     * Grades in this JVM: every exercise, or with {@code only} ("repository:3") one task of one exercise.
     */
    GradeReport.Submission gradeHere(Path submission, RunSettings settings, String only) {
        List<GradeReport.Exercise> exercises = new ArrayList<>();
        for (Course.Exercise exercise : invocation.course().exercises()) {
            if (only != null && !only.startsWith(exercise.name() + ":")) {
                continue;
            }
            List<Integer> tasks = only == null ? List.of() : List.of(Integer.parseInt(only.substring(only.indexOf(':') + 1)));
            ExerciseFolder learner = exercise.submittedIn(submission);
            if (!Files.isDirectory(learner.learnerFiles())) {
                exercises.add(GradeReport.Exercise.missing(exercise));
                continue;
            }
            Workspace workspace = new Workspace(learner, invocation.folder(exercise), submission.getParent());
            exercises.add(GradeReport.Exercise.of(exercise,
                    invocation.engine.run(workspace, exercise.tasks().size(), tasks, settings)));
        }
        return new GradeReport.Submission(submission.getFileName().toString(), submission.toString(),
                exercises.stream().mapToInt(GradeReport.Exercise::points).sum(), invocation.course().exercises().stream()
                .mapToInt(Course.Exercise::maxPoints).sum(), exercises, null);
    }

    private GradeReport.Submission inOwnJvm(Path submission, RunSettings settings, String only) {
        try {
            Path result = Files.createTempFile("learn-grade-", ".json");
            Path log = Files.createTempFile("learn-grade-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dlearn.root=" + invocation.root,
                    Learn.class.getName(), "grade-one", submission.toString(), result.toString(),
                    "--time-limit", Long.toString(settings.timeLimit().toSeconds())));
            if (settings.database() != null) {
                command.addAll(List.of("--db", settings.database()));
            }
            if (only != null) {
                command.addAll(List.of("--only", only));
            }
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // Each test has its limit already; this one only catches what that cannot (a JVM that will not end).
            long allowed = settings.timeLimit().toSeconds() * 80 + 120;
            if (!child.waitFor(allowed, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
                return failed(submission, "grading was stopped after " + allowed + " s");
            }
            if (child.exitValue() != 0 || Files.size(result) == 0) {
                return failed(submission, "grading failed (exit " + child.exitValue() + "): " + tail(log));
            }
            GradeReport one = GradeReport.fromJson(Files.readString(result), GradeReport.class);
            Files.deleteIfExists(result);
            Files.deleteIfExists(log);
            return one.submissions().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("Grading was interrupted.");
        }
    }

    private GradeReport.Submission failed(Path submission, String problem) {
        int max = invocation.course().exercises().stream().mapToInt(Course.Exercise::maxPoints).sum();
        return new GradeReport.Submission(submission.getFileName().toString(), submission.toString(), 0, max, List.of(), problem);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one submission, in a JVM of its own ({@link GradingProcess}), so submissions can be graded
 * side by side and none can disturb another. A test that loops forever fails at the time limit,
 * but its thread cannot be stopped: it keeps a core busy until that JVM ends, and may hold what it
 * held. So after a time-out, the tasks that thread could have spoiled are graded again, together,
 * in one fresh JVM without it: those that failed in the exercise that timed out or in a later one
 * (earlier ones had finished before it started), but not those that failed at a stub still a TODO,
 * at once and whatever else runs, nor those that timed out themselves.
 */
final class Grading {
    private final Invocation invocation;

    Grading(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Safe to call from several threads at once: each call has its own JVMs and files. */
    GradeReport.Submission grade(Path submission, RunSettings settings) {
        GradeReport.Submission graded = inOwnJvm(submission, settings, Map.of());
        Map<String, List<Integer>> again = spoiledByARunaway(graded);
        // Each round leaves out what timed out in the round before, so a second runaway cannot spoil the third.
        while (!again.isEmpty()) {
            GradeReport.Submission regraded = inOwnJvm(submission, settings, again);
            if (regraded.problem() != null) {
                return graded;
            }
            graded = graded.withRegraded(regraded.exercises());
            Map<String, List<Integer>> timedOutNow = timedOut(regraded);
            again = timedOutNow.isEmpty() ? Map.of() : without(again, timedOutNow);
        }
        return graded;
    }

    /** Failed tasks a runaway thread could have spoiled, by exercise: see the class comment. */
    private static Map<String, List<Integer>> spoiledByARunaway(GradeReport.Submission graded) {
        Map<String, List<Integer>> spoiled = new LinkedHashMap<>();
        boolean afterARunaway = false;
        for (GradeReport.Exercise exercise : graded.exercises()) {
            afterARunaway |= exercise.tasks().stream().anyMatch(GradeReport.Task::timedOut);
            if (!afterARunaway || !exercise.compiled()) {
                continue;
            }
            List<Integer> tasks = exercise.tasks().stream()
                    .filter(task -> !task.passed() && !task.timedOut() && !task.failsAtStubs())
                    .map(GradeReport.Task::task).toList();
            if (!tasks.isEmpty()) {
                spoiled.put(exercise.name(), tasks);
            }
        }
        return spoiled;
    }

    private static Map<String, List<Integer>> timedOut(GradeReport.Submission graded) {
        Map<String, List<Integer>> timedOut = new LinkedHashMap<>();
        for (GradeReport.Exercise exercise : graded.exercises()) {
            List<Integer> tasks = exercise.tasks().stream().filter(GradeReport.Task::timedOut).map(GradeReport.Task::task).toList();
            if (!tasks.isEmpty()) {
                timedOut.put(exercise.name(), tasks);
            }
        }
        return timedOut;
    }

    private GradeReport.Submission inOwnJvm(Path submission, RunSettings settings, Map<String, List<Integer>> only) {
        try {
            return GradingProcess.run(invocation.root, submission, settings, only);
        } catch (GradingProcess.Failed failed) {
            return submission(submission, List.of(), failed.getMessage());
        }
    }

    private static Map<String, List<Integer>> without(Map<String, List<Integer>> tasks, Map<String, List<Integer>> left) {
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        tasks.forEach((exercise, numbers) -> {
            List<Integer> rest = numbers.stream().filter(n -> !left.getOrDefault(exercise, List.of()).contains(n)).toList();
            if (!rest.isEmpty()) {
                kept.put(exercise, rest);
            }
        });
        return kept;
    }

    /**
     * Grades in this JVM: every exercise the submission holds, or with {@code only} just those tasks
     * of those exercises.
     */
    GradeReport.Submission gradeHere(Path submission, RunSettings settings, Map<String, List<Integer>> only) {
        List<GradeReport.Exercise> exercises = new ArrayList<>();
        for (Course.Exercise exercise : submitted(submission)) {
            if (!only.isEmpty() && !only.containsKey(exercise.name())) {
                continue;
            }
            List<Integer> tasks = only.getOrDefault(exercise.name(), List.of());
            Workspace workspace = new Workspace(exercise.submittedIn(submission), invocation.folder(exercise),
                    submission.getParent());
            exercises.add(GradeReport.Exercise.of(exercise,
                    invocation.engine.run(workspace, exercise.tasks().size(), tasks, settings), tasks));
        }
        return submission(submission, exercises, null);
    }

    /** The submission's grade, out of the exercises it holds. */
    GradeReport.Submission submission(Path submission, List<GradeReport.Exercise> exercises, String problem) {
        List<Course.Exercise> submitted = submitted(submission);
        return new GradeReport.Submission(submission.getFileName().toString(), submission.toString(),
                exercises.stream().mapToInt(GradeReport.Exercise::points).sum(),
                submitted.stream().mapToInt(Course.Exercise::maxPoints).sum(), exercises,
                invocation.course().exercises().stream().filter(exercise -> !submitted.contains(exercise))
                        .map(Course.Exercise::name).toList(), problem);
    }

    /** The course's exercises the submission has a folder of learner's files for, in the course's order. */
    List<Course.Exercise> submitted(Path submission) {
        return invocation.course().exercises().stream().filter(exercise -> {
            ExerciseFolder folder = exercise.submittedIn(submission);
            return Files.isDirectory(folder.learnerFiles());
        }).toList();
    }
}

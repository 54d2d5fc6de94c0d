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

    /**
     * Safe to call from several threads at once: each call has its own JVMs and files.
     *
     * @param hidden the folders the grading JVM must not see besides the course: the folder of submissions
     */
    GradeReport.Submission grade(Path submission, List<Path> hidden, RunSettings settings) {
        GradeReport.Submission graded = withoutFaults(submission, hidden, settings);
        Map<String, List<Integer>> again = spoiledByARunaway(graded);
        // Each round leaves out what timed out in the round before, so a second runaway cannot spoil the third.
        while (!again.isEmpty()) {
            if (!(inOwnJvm(submission, hidden, settings, again) instanceof GradingProcess.Outcome.Graded(var regraded))) {
                return graded;
            }
            graded = graded.withRegraded(regraded.exercises()).withNotes(regraded.notes());
            Map<String, List<Integer>> timedOutNow = timedOut(regraded);
            again = timedOutNow.isEmpty() ? Map.of() : without(again, timedOutNow);
        }
        return graded;
    }

    /**
     * Grades in a fresh JVM until one sends a grade: each JVM that ends or hangs in a test fails
     * that test's tasks with the reason, and the next grades the tasks left. At most one JVM per task.
     */
    private GradeReport.Submission withoutFaults(Path submission, List<Path> hidden, RunSettings settings) {
        List<GradingProcess.Outcome.Faulted> faults = new ArrayList<>();
        while (true) {
            Map<String, List<Integer>> left = faults.isEmpty() ? Map.of() : tasksBut(submission, faults);
            if (!faults.isEmpty() && left.isEmpty()) {
                return withFaults(submission(submission, List.of(), null), faults);
            }
            switch (inOwnJvm(submission, hidden, settings, left)) {
                case GradingProcess.Outcome.Graded(var graded) -> {
                    return withFaults(graded, faults);
                }
                case GradingProcess.Outcome.Failed(var reason) -> {
                    return submission(submission, List.of(), reason);
                }
                case GradingProcess.Outcome.Faulted fault -> {
                    if (faults.stream().anyMatch(earlier -> earlier.exercise().equals(fault.exercise())
                            && earlier.tasks().equals(fault.tasks()))) { // the same fault twice: in a task it was not asked to run
                        return submission(submission, List.of(), fault.exercise() + ": " + fault.reason());
                    }
                    faults.add(fault);
                }
            }
        }
    }

    /** Every task of every exercise submitted, but those a fault failed. */
    private Map<String, List<Integer>> tasksBut(Path submission, List<GradingProcess.Outcome.Faulted> faults) {
        Map<String, List<Integer>> left = new LinkedHashMap<>();
        for (Course.Exercise exercise : submitted(submission)) {
            List<Integer> tasks = java.util.stream.IntStream.rangeClosed(1, exercise.tasks().size()).boxed()
                    .filter(task -> faults.stream().noneMatch(fault -> fault.exercise().equals(exercise.name())
                            && fault.tasks().contains(task))).toList();
            if (!tasks.isEmpty()) {
                left.put(exercise.name(), tasks);
            }
        }
        return left;
    }

    /** The grade with each faulted task in it, failed, with the test it happened in and why. */
    private GradeReport.Submission withFaults(GradeReport.Submission graded, List<GradingProcess.Outcome.Faulted> faults) {
        List<GradeReport.Exercise> exercises = new ArrayList<>(graded.exercises());
        for (GradingProcess.Outcome.Faulted fault : faults) {
            Course.Exercise exercise = invocation.course().exercise(fault.exercise());
            int at = -1;
            for (int i = 0; i < exercises.size(); i++) {
                if (exercises.get(i).name().equals(fault.exercise())) {
                    at = i;
                }
            }
            if (at < 0) {
                exercises.add(new GradeReport.Exercise(exercise.name(), true, 0, exercise.maxPoints(), List.of(), List.of()));
                at = exercises.size() - 1;
            }
            exercises.set(at, exercises.get(at).withFault(exercise, fault.tasks(), fault.test(), fault.reason()));
        }
        List<String> order = invocation.course().exercises().stream().map(Course.Exercise::name).toList();
        exercises.sort(java.util.Comparator.comparingInt(exercise -> order.indexOf(exercise.name())));
        return new GradeReport.Submission(graded.name(), graded.folder(), exercises.stream().mapToInt(GradeReport.Exercise::points).sum(),
                graded.maxPoints(), exercises, graded.notSubmitted(), graded.problem(), graded.notes());
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

    /** The grading JVM's outcome, a grade named after the submission itself, not after the copy it graded. */
    private GradingProcess.Outcome inOwnJvm(Path submission, List<Path> hidden, RunSettings settings,
                                            Map<String, List<Integer>> only) {
        GradingProcess.Outcome outcome = GradingProcess.run(invocation.root, invocation.course(), submission,
                submitted(submission), hidden, settings, only);
        if (outcome instanceof GradingProcess.Outcome.Graded(var graded)) {
            GradeReport.Submission named = submission(submission, graded.exercises(), graded.problem()).withNotes(graded.notes());
            return new GradingProcess.Outcome.Graded(named);
        }
        return outcome;
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
    GradeReport.Submission gradeHere(Path submission, RunSettings settings, Map<String, List<Integer>> only,
                                     GradingChannel channel) {
        LeftThreads threads = new LeftThreads();
        List<GradeReport.Exercise> exercises = new ArrayList<>();
        for (Course.Exercise exercise : submitted(submission)) {
            if (!only.isEmpty() && !only.containsKey(exercise.name())) {
                continue;
            }
            List<Integer> tasks = only.getOrDefault(exercise.name(), List.of());
            Workspace workspace = new Workspace(exercise.submittedIn(submission), invocation.folder(exercise),
                    submission.getParent());
            exercises.add(GradeReport.Exercise.of(exercise,
                    invocation.engine.run(workspace, exercise.tasks().size(), tasks, settings,
                            test -> {
                                threads.started(exercise.name(), test);
                                channel.started(exercise.name(), test);
                            }), tasks));
        }
        return submission(submission, exercises, null).withNotes(threads.stillRunning());
    }

    /** The submission's grade, out of the exercises it holds. */
    GradeReport.Submission submission(Path submission, List<GradeReport.Exercise> exercises, String problem) {
        List<Course.Exercise> submitted = submitted(submission);
        return new GradeReport.Submission(submission.getFileName().toString(), submission.toString(),
                exercises.stream().mapToInt(GradeReport.Exercise::points).sum(),
                submitted.stream().mapToInt(Course.Exercise::maxPoints).sum(), exercises,
                invocation.course().exercises().stream().filter(exercise -> !submitted.contains(exercise))
                        .map(Course.Exercise::name).toList(), problem, List.of());
    }

    /** The course's exercises the submission has a folder of learner's files for, in the course's order. */
    List<Course.Exercise> submitted(Path submission) {
        return invocation.course().exercises().stream().filter(exercise -> {
            ExerciseFolder folder = exercise.submittedIn(submission);
            return Files.isDirectory(folder.learnerFiles());
        }).toList();
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseEngine;
import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import dev.dbpatterns.kit.learn.engine.TaskResult;
import dev.dbpatterns.kit.learn.engine.TestResult;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the course promises, checked: the course file and the folders agree ({@link CourseLayout});
 * each stub fails every task; each solution passes every task; every test belongs to a task.
 * Runs in the build (CourseCheckTest) and as `learn course-check`.
 */
public final class CourseCheck {
    private final Path root;
    private final ExerciseEngine engine = new ExerciseEngine();

    public CourseCheck(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every problem, each in a sentence that names the exercise and what to fix; empty when all holds. */
    public List<String> problems(RunSettings settings) {
        List<String> problems = new ArrayList<>(new CourseLayout(root).problems());
        Course course;
        try {
            course = Course.load(root);
        } catch (LearnException e) {
            return problems; // already among them; without a course there is nothing to run
        }
        for (Course.Exercise exercise : course.exercises()) {
            boolean runnable = Files.isDirectory(exercise.exerciseFolder(root).tests())
                    && Files.isDirectory(exercise.solutionFolder(root).learnerFiles());
            if (runnable) {
                problems.addAll(stubProblems(exercise, settings));
                problems.addAll(solutionProblems(exercise, settings));
            }
        }
        return problems;
    }

    private List<String> stubProblems(Course.Exercise exercise, RunSettings settings) {
        ExerciseFolder folder = exercise.exerciseFolder(root);
        ExerciseResult result = engine.run(new Workspace(folder, folder, root), exercise.tasks().size(), List.of(), settings);
        String name = exercise.name() + " (the stub): ";
        if (!result.compiled()) {
            return List.of(name + "does not compile; a learner must start from code that compiles:\n" + result.compileErrors().get(0));
        }
        List<String> problems = new ArrayList<>();
        for (TaskResult task : result.tasks()) {
            if (task.tests().isEmpty()) {
                problems.add(name + "no test is tagged " + task.tag() + ": each task needs tests, they are its specification.");
            } else if (task.passed()) {
                problems.add(name + "task " + task.number() + " passes on the stub, and must fail. Was a stub solved by"
                        + " accident, or do the task's tests assert nothing the stub lacks?");
            }
        }
        for (TestResult test : result.untagged()) {
            problems.add(name + "the test '" + test.group() + " › " + test.name() + "' carries no task tag of the course"
                    + " (task-1 … task-" + exercise.tasks().size() + ").");
        }
        return problems;
    }

    private List<String> solutionProblems(Course.Exercise exercise, RunSettings settings) {
        Workspace workspace = new Workspace(exercise.solutionFolder(root), exercise.exerciseFolder(root), root);
        ExerciseResult result = engine.run(workspace, exercise.tasks().size(), List.of(), settings);
        String name = exercise.name() + " (the solution): ";
        if (!result.compiled()) {
            return List.of(name + "does not compile:\n" + result.compileErrors().get(0));
        }
        List<String> problems = new ArrayList<>();
        for (TaskResult task : result.tasks()) {
            if (!task.passed()) {
                TestResult first = task.failures().isEmpty() ? null : task.failures().get(0);
                problems.add(name + "task " + task.number() + " does not pass"
                        + (first == null ? " (no test of it ran)." : ": " + first.name() + ": " + first.message()));
            }
        }
        return problems;
    }

    /** For `learn course-check`: the problems, or a line saying all holds. */
    int report(Output out) {
        List<String> problems = problems(RunSettings.defaults());
        if (problems.isEmpty()) {
            out.println(out.green("✔ The course holds:") + " every exercise is listed and exists, every stub fails every"
                    + " task and carries its TODO markers, every solution passes every task.");
            return 0;
        }
        problems.forEach(problem -> out.println(out.red("✘ ") + problem));
        return 1;
    }
}

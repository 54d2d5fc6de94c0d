package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the course check that needs no test run: the course file lists every exercise
 * folder and names only folders that exist; the stubs and the solution are the same files; every
 * task has its TODO marker in a stub, every Java stub throws UnsupportedOperationException("TODO…"),
 * and no solution keeps a marker.
 */
public final class CourseLayout {
    private final Path root;

    public CourseLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every problem, each in a sentence that names the exercise and what to fix; empty when all holds. */
    public List<String> problems() {
        Course course;
        try {
            course = Course.load(root);
        } catch (LearnException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Course.Exercise exercise : course.exercises()) {
            problems.addAll(problems(exercise));
        }
        for (Path folder : FileTree.folders(root.resolve("exercises"))) {
            String name = "exercises/" + folder.getFileName();
            if (Files.exists(folder.resolve("pom.xml")) && course.exercises().stream().noneMatch(e -> e.folder().equals(name))) {
                problems.add(name + " is not in " + Course.FILE + ": list it there, in the place a learner should do it.");
            }
        }
        return problems;
    }

    private List<String> problems(Course.Exercise exercise) {
        String name = exercise.name() + ": ";
        ExerciseFolder stubFolder = exercise.exerciseFolder(root);
        ExerciseFolder answerFolder = exercise.solutionFolder(root);
        Path folder = stubFolder.path();
        Path solution = answerFolder.path();
        List<String> problems = new ArrayList<>();
        for (Path required : List.of(stubFolder.learnerFiles(), stubFolder.tests(), answerFolder.learnerFiles())) {
            if (!Files.isDirectory(required)) {
                problems.add(name + Course.FILE + " names " + root.relativize(required) + ", which does not exist.");
            }
        }
        if (!Files.isDirectory(root.resolve("patterns").resolve(exercise.pattern()))) {
            problems.add(name + "its pattern " + exercise.pattern() + " has no module patterns/" + exercise.pattern() + ".");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Path> stubs = FileTree.files(stubFolder.learnerFiles());
        List<String> stubNames = stubs.stream().map(file -> folder.relativize(file).toString()).toList();
        List<String> answerNames = FileTree.files(answerFolder.learnerFiles()).stream()
                .map(file -> solution.relativize(file).toString()).toList();
        if (!stubNames.equals(answerNames)) {
            problems.add(name + "the stubs (" + String.join(", ", stubNames) + ") and the solution's files ("
                    + String.join(", ", answerNames) + ") must be the same files.");
        }
        for (int task = 1; task <= exercise.tasks().size(); task++) {
            String marker = "TODO(task " + task + ")";
            if (stubs.stream().noneMatch(file -> FileTree.contains(file, marker))) {
                problems.add(name + "no stub carries the marker " + marker + ": mark where the learner does task " + task + ".");
            }
        }
        for (Path stub : stubs) {
            if (stub.toString().endsWith(".java") && !FileTree.contains(stub, "new UnsupportedOperationException(\"TODO")) {
                problems.add(name + folder.relativize(stub) + " throws no UnsupportedOperationException(\"TODO…\"): is it a stub?");
            }
        }
        for (Path answer : FileTree.files(answerFolder.learnerFiles())) {
            if (FileTree.contains(answer, "TODO(task")) {
                problems.add(name + "the solution's " + solution.relativize(answer) + " still has a TODO(task …) marker.");
            }
        }
        return problems;
    }
}

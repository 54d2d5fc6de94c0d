package dev.dbpatterns.kit.learn;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The course: exercises in the order a learner does them, read from {@code exercises/course.json}.
 * Each exercise's tasks are numbered by their place in the list; task N's tests carry the JUnit
 * tag {@code task-N}.
 */
public record Course(String title, List<Exercise> exercises) {
    public static final String FILE = "exercises/course.json";

    /** One exercise: where its stubs, given code and tests are, and where its worked answer is. */
    public record Exercise(String name, String pattern, String title, String folder, String solution, List<Task> tasks) {
        public int maxPoints() {
            return tasks.stream().mapToInt(Task::points).sum();
        }

        public Task task(int number) {
            return tasks.get(number - 1);
        }

        /** The stubs the learner works in, with the course's given code and tests. */
        public ExerciseFolder exerciseFolder(Path root) {
            return new ExerciseFolder(root.resolve(folder));
        }

        public ExerciseFolder solutionFolder(Path root) {
            return new ExerciseFolder(root.resolve(solution));
        }

        /** The exercise's folder in a submission: a copy of exercises/, so the same folder name. */
        public ExerciseFolder submittedIn(Path submission) {
            return new ExerciseFolder(submission.resolve(Path.of(folder).getFileName()));
        }
    }

    /** A task: what to make pass, how much it is worth, and a hint for when the learner is stuck. */
    public record Task(String title, int points, List<String> hint) {
    }

    public static Course load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new LearnException("There is no course file at " + file
                    + ". Run learn from the repository's root folder (the one with ./learn in it).");
        }
        try {
            Course course = new Gson().fromJson(Files.readString(file), Course.class);
            if (course == null || course.exercises() == null || course.exercises().isEmpty()) {
                throw new LearnException(FILE + " lists no exercises: it needs an \"exercises\" array.");
            }
            course.exercises().forEach(Course::requireComplete);
            return course;
        } catch (JsonParseException e) {
            throw new LearnException(FILE + " is not valid JSON: " + JsonProblem.describe(e) + ". Fix it by hand; see exercises/README.md.");
        } catch (IOException e) {
            throw new LearnException("Could not read " + file + ": " + e.getMessage());
        }
    }

    private static void requireComplete(Exercise exercise) {
        String where = FILE + ", exercise " + (exercise.name() == null ? "without a name" : exercise.name());
        if (exercise.name() == null || exercise.pattern() == null || exercise.title() == null
                || exercise.folder() == null || exercise.solution() == null) {
            throw new LearnException(where + ": every exercise needs name, pattern, title, folder and solution.");
        }
        if (exercise.tasks() == null || exercise.tasks().isEmpty()) {
            throw new LearnException(where + ": it lists no tasks.");
        }
        for (Task task : exercise.tasks()) {
            if (task.title() == null || task.points() <= 0 || task.hint() == null || task.hint().isEmpty()) {
                throw new LearnException(where + ": every task needs a title, points above 0 and a hint.");
            }
        }
    }

    public Optional<Exercise> find(String name) {
        return exercises.stream().filter(exercise -> exercise.name().equals(name)).findFirst();
    }

    /** The exercise by name, or an error that lists the valid names. */
    public Exercise exercise(String name) {
        return find(name).orElseThrow(() -> new LearnException(
                "There is no exercise '" + name + "'. Exercises: " + names() + "."));
    }

    public String names() {
        return exercises.stream().map(Exercise::name).collect(Collectors.joining(", "));
    }

    public int taskCount() {
        return exercises.stream().mapToInt(exercise -> exercise.tasks().size()).sum();
    }
}

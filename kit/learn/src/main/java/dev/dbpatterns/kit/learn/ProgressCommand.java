package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** {@code learn} and {@code learn list}: where the learner stands, and what to do next. */
final class ProgressCommand {
    private static final int BAR_WIDTH = 30;

    private final Session session;

    ProgressCommand(Session session) {
        this.session = session;
    }

    int progress(List<String> args) {
        Arguments.parse("progress", args, Set.of(), Set.of()).atMostWords(0);
        Course course = session.course();
        Progress progress = session.progress();
        Output out = session.out;
        long tasksDone = course.exercises().stream().mapToLong(e -> progress.passedTasks(e.name()).size()).sum();
        long exercisesDone = course.exercises().stream().filter(progress::passed).count();
        int filled = (int) (BAR_WIDTH * tasksDone / Math.max(1, course.taskCount()));
        out.println(out.bold(course.title()));
        out.println("  [" + out.green("█".repeat(filled)) + "░".repeat(BAR_WIDTH - filled) + "]  "
                + tasksDone + " of " + course.taskCount() + " tasks · " + exercisesDone + " of "
                + course.exercises().size() + " exercises");
        out.println();
        Course.Exercise current = progress.current(course);
        if (current == null) {
            out.println(out.green("✔ The course is done: every exercise passes.")
                    + " Compare your answers with the worked ones: ./learn solution <exercise>.");
            return 0;
        }
        int task = progress.currentTask(current);
        out.println(out.bold("Next: " + current.name() + ", task " + task + " of " + current.tasks().size() + ": "
                + current.task(task).title()));
        if (task == 1) {
            out.println("  • Run the lessons first: ./learn lesson " + current.pattern());
        }
        out.println("  • Edit " + String.join(", ", filesToEdit(current, task)) + " (look for TODO(task " + task + "))");
        out.println("  • Then ./learn check, or ./learn watch to check on every save. Stuck? ./learn hint");
        return 0;
    }

    int list(List<String> args) {
        Arguments.parse("list", args, Set.of(), Set.of()).atMostWords(0);
        Course course = session.course();
        Progress progress = session.progress();
        Output out = session.out;
        Course.Exercise current = progress.current(course);
        for (Course.Exercise exercise : course.exercises()) {
            String mark = progress.passed(exercise) ? out.green("✔") : exercise == current ? out.yellow("▶") : "·";
            out.println(mark + " " + out.bold(exercise.name()) + "  " + exercise.title() + out.dim("  (pattern "
                    + exercise.pattern() + ", " + progress.passedTasks(exercise.name()).size() + " of "
                    + exercise.tasks().size() + " tasks)"));
            for (int task = 1; task <= exercise.tasks().size(); task++) {
                boolean passed = progress.passedTasks(exercise.name()).contains(task);
                out.println("    " + (passed ? out.green("✔") : "·") + " task " + task + "  "
                        + exercise.task(task).title() + out.dim("  " + exercise.task(task).points() + " points"));
            }
        }
        return 0;
    }

    /** The learner's files that carry the task's TODO marker; all of them if the markers are gone. */
    private List<String> filesToEdit(Course.Exercise exercise, int task) {
        Path sources = session.root.resolve(exercise.folder()).resolve("src/main");
        List<Path> all = files(sources);
        List<Path> marked = all.stream().filter(file -> contains(file, "TODO(task " + task + ")")).toList();
        return (marked.isEmpty() ? all : marked).stream().map(session::show).toList();
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}

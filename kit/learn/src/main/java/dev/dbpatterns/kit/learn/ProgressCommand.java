package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code learn} and {@code learn progress}: where the learner stands, and what to do next. */
@Command(name = "progress", description = "your progress and the next step (the same as ./learn alone)")
final class ProgressCommand extends LearnCommand {
    private static final int BAR_WIDTH = 30;

    @Override
    public Integer call() {
        Course course = invocation.course();
        Progress progress = invocation.progress();
        Output out = invocation.out;
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

    /** The learner's files that carry the task's TODO marker; all of them if the markers are gone. */
    private List<String> filesToEdit(Course.Exercise exercise, int task) {
        List<Path> all = FileTree.files(invocation.folder(exercise).learnerFiles());
        List<Path> marked = all.stream().filter(file -> FileTree.contains(file, "TODO(task " + task + ")")).toList();
        return (marked.isEmpty() ? all : marked).stream().map(invocation::show).toList();
    }
}

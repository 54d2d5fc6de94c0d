package dev.dbpatterns.kit.learn;

import picocli.CommandLine.Command;

/** {@code learn list}: every exercise and its tasks, marking what passed and where the learner is. */
@Command(name = "list", description = "every exercise and its tasks, with what passes")
final class ListCommand extends LearnCommand {
    @Override
    public Integer call() {
        Course course = invocation.course();
        Progress progress = invocation.progress();
        Output out = invocation.out;
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
}

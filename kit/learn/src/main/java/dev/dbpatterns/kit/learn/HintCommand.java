package dev.dbpatterns.kit.learn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code learn hint [exercise]}: help for the first task that does not pass yet. */
@Command(name = "hint", description = "a hint for the first task that does not pass yet")
final class HintCommand extends LearnCommand {
    @Parameters(arity = "0..1", paramLabel = "exercise", description = "default: the first exercise not passed yet")
    String name;

    @Override
    public Integer call() {
        Course.Exercise exercise = invocation.exerciseOrCurrent(name);
        int task = invocation.progress().currentTask(exercise);
        Output out = invocation.out;
        if (task == 0) {
            out.println(exercise.name() + " passes already. Its worked solution: ./learn solution " + exercise.name());
            return 0;
        }
        out.println(out.bold("Hint for " + exercise.name() + ", task " + task + ": " + exercise.task(task).title()));
        exercise.task(task).hint().forEach(line -> out.println("  " + line));
        return 0;
    }
}

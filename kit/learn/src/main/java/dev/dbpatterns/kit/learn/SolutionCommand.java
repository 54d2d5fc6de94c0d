package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code learn solution [exercise]}: the worked answer, once the exercise passes. */
@Command(name = "solution", description = "the worked solution, once the exercise passes")
final class SolutionCommand extends LearnCommand {
    @Parameters(arity = "0..1", paramLabel = "exercise", description = "default: the first exercise not passed yet")
    String name;
    @Option(names = "--force", description = "show it before the exercise passes")
    boolean force;

    @Override
    public Integer call() {
        Course.Exercise exercise = invocation.exerciseOrCurrent(name);
        Output out = invocation.out;
        if (!invocation.progress().passed(exercise) && !force) {
            out.println("The worked solution of " + exercise.name() + " opens once it passes: ./learn check "
                    + exercise.name() + ". Working it out is where the learning is; if you must look now, add --force.");
            return 1;
        }
        Path answer = exercise.solutionFolder(invocation.root).learnerFiles();
        List<Path> files = FileTree.files(answer);
        if (files.isEmpty()) {
            throw new LearnException("The solution folder " + invocation.show(answer) + " is empty or missing.");
        }
        for (Path file : files) {
            out.println(out.bold("━━ " + invocation.show(file)));
            out.println(FileTree.read(file).stripTrailing());
            out.println();
        }
        out.println("Compare with yours: diff -ru " + invocation.show(invocation.folder(exercise).learnerFiles()) + " "
                + invocation.show(answer));
        return 0;
    }
}

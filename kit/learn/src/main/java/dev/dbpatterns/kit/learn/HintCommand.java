package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code learn hint} and {@code learn solution}: help when stuck, the worked answer once it passes. */
final class HintCommand {
    private final Session session;

    HintCommand(Session session) {
        this.session = session;
    }

    int hint(List<String> args) {
        Arguments arguments = Arguments.parse("hint", args, Set.of(), Set.of());
        arguments.atMostWords(1);
        Course.Exercise exercise = session.exerciseOrCurrent(arguments.word(0));
        int task = session.progress().currentTask(exercise);
        Output out = session.out;
        if (task == 0) {
            out.println(exercise.name() + " passes already. Its worked solution: ./learn solution " + exercise.name());
            return 0;
        }
        out.println(out.bold("Hint for " + exercise.name() + ", task " + task + ": " + exercise.task(task).title()));
        exercise.task(task).hint().forEach(line -> out.println("  " + line));
        return 0;
    }

    int solution(List<String> args) {
        Arguments arguments = Arguments.parse("solution", args, Set.of("--force"), Set.of());
        arguments.atMostWords(1);
        Course.Exercise exercise = session.exerciseOrCurrent(arguments.word(0));
        Output out = session.out;
        if (!session.progress().passed(exercise) && !arguments.flag("--force")) {
            out.println("The worked solution of " + exercise.name() + " opens once it passes: ./learn check "
                    + exercise.name() + ". Working it out is where the learning is; if you must look now, add --force.");
            return 1;
        }
        Path sources = session.root.resolve(exercise.solution()).resolve("src/main");
        List<Path> files = ProgressCommand.files(sources);
        if (files.isEmpty()) {
            throw new LearnException("The solution folder " + session.show(sources) + " is empty or missing.");
        }
        for (Path file : files) {
            out.println(out.bold("━━ " + session.show(file)));
            try {
                out.println(Files.readString(file).stripTrailing());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        }
        out.println("Compare with yours: diff -ru " + exercise.folder() + "/src/main " + exercise.solution() + "/src/main");
        return 0;
    }
}

package dev.dbpatterns.kit.learn;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The hidden half of grading: run by {@link Grading} in a JVM of its own, writes one submission's grade as JSON. */
@Command(name = "grade-one", hidden = true)
final class GradeOneCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "submission")
    Path submission;
    @Parameters(index = "1", paramLabel = "result.json")
    Path result;
    @Option(names = "--only", paramLabel = "exercise:task")
    String only;
    @Mixin
    DatabaseOption database;
    @Mixin
    TimeLimitOption timeLimit;

    private final Invocation invocation;

    GradeOneCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        GradeCommand.write(result, Grading.toJson(new Grading(invocation).gradeHere(submission, timeLimit.with(database), only)));
        return 0;
    }
}

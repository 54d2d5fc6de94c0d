package dev.dbpatterns.kit.learn;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The hidden half of grading: run by {@link GradingProcess} in a JVM of its own, writes one submission's grade as JSON. */
@Command(name = "grade-one", hidden = true)
final class GradeOneCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "submission")
    Path submission;
    @Parameters(index = "1", paramLabel = "result.json")
    Path result;
    @Option(names = "--only", paramLabel = "exercise:task,task")
    List<String> only = List.of();
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
        Map<String, List<Integer>> tasks = new LinkedHashMap<>();
        only.stream().map(GradingProcess::parseOnly).forEach(entry -> tasks.put(entry.getKey(), entry.getValue()));
        GradeReport.Submission graded = new Grading(invocation).gradeHere(submission, timeLimit.with(database), tasks);
        GradeCommand.write(result, new GradeReport(null, null, null, 0, List.of(graded)).toJson());
        return 0;
    }
}

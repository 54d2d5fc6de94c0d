package dev.dbpatterns.kit.learn;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The hidden half of grading: run by {@link GradingProcess} in a JVM of its own, it grades one
 * submission and sends the grade over the {@link GradingChannel}, then halts: no shutdown hook or
 * thread the submission left behind can hold the JVM up or add to what was sent. If the code under
 * test ends the JVM first, the channel says so, and the other shutdown hooks (lesson-kit's, which
 * drops the schemas it made) get a few seconds before the JVM is halted.
 */
@Command(name = "grade-one", hidden = true)
final class GradeOneCommand implements Callable<Integer> {
    /** How long the JVM's other shutdown hooks get when the code under test ends it. */
    private static final long HOOKS_MILLIS = 10_000;

    @Parameters(index = "0", paramLabel = "submission")
    Path submission;
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
        GradingChannel channel = GradingChannel.open(invocation.in, System.out);
        System.setOut(new PrintStream(System.err, true)); // the channel has standard output to itself, as far as it can
        Thread ending = new Thread(() -> {
            channel.ending();
            try {
                Thread.sleep(HOOKS_MILLIS); // a time bound only: the other hooks end sooner, or never
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(3);
        }, "learn-grading-ending");
        Runtime.getRuntime().addShutdownHook(ending);
        Map<String, List<Integer>> tasks = new LinkedHashMap<>();
        only.stream().map(GradingProcess::parseOnly).forEach(entry -> tasks.put(entry.getKey(), entry.getValue()));
        GradeReport.Submission graded = new Grading(invocation).gradeHere(submission, timeLimit.with(database), tasks, channel);
        channel.grade(new GradeReport(null, null, null, 0, null, List.of(graded)).toJson());
        Runtime.getRuntime().halt(0);
        return 0;
    }
}

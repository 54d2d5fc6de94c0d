package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import java.util.stream.Stream;

/**
 * {@code learn grade <folder>}: grades a submission (a copy of exercises/) or a folder of them,
 * task by task with points, with the course's own tests and given code, never the submission's;
 * prints a summary and writes a JSON report. {@link Grading} runs each submission in a JVM of its own.
 */
@Command(name = "grade", description = "grade a submission, a copy of exercises/, or a folder of them")
final class GradeCommand implements Callable<Integer>, Mistakes.NeedsAName {
    @Parameters(paramLabel = "folder", description = "a submission (a copy of exercises/), or a folder of them")
    Path folder;
    @Option(names = "--json", paramLabel = "report.json", description = "also write the grades to this file")
    Path json;
    @Mixin
    DatabaseOption database;
    @Mixin
    TimeLimitOption timeLimit;

    private final Invocation invocation;

    GradeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public String whatIsNeeded() {
        return "the folder to grade: a submission (a copy of exercises/) or a folder of submissions";
    }

    @Override
    public Integer call() {
        Path folder = this.folder.toAbsolutePath().normalize();
        RunSettings settings = timeLimit.with(database);
        String databases = database.describe();
        List<Path> submissions = submissions(folder);
        Output out = invocation.out;
        out.println(out.bold("Grading " + submissions.size() + " submission" + (submissions.size() == 1 ? "" : "s")
                + " in " + folder) + out.dim(" (each test at most " + settings.timeLimit().toSeconds() + " s, on "
                + databases + ")"));
        List<GradeReport.Submission> graded = new ArrayList<>();
        for (Path submission : submissions) {
            out.print("  " + submission.getFileName() + " … ");
            GradeReport.Submission result = new Grading(invocation).grade(submission, settings);
            out.println(result.points() + " of " + result.maxPoints() + " points");
            graded.add(result);
        }
        GradeReport report = new GradeReport(invocation.course().title(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                databases, settings.timeLimit().toSeconds(), graded);
        out.println();
        graded.forEach(this::print);
        if (json != null) {
            write(json.toAbsolutePath(), report.toJson());
            out.println("JSON report: " + json.toAbsolutePath());
        }
        return 0;
    }

    private void print(GradeReport.Submission submission) {
        Output out = invocation.out;
        out.println(out.bold(submission.name() + ": " + submission.points() + " of " + submission.maxPoints() + " points"));
        if (submission.problem() != null) {
            out.println("  " + out.red("✘ " + submission.problem()));
        }
        for (GradeReport.Exercise exercise : submission.exercises()) {
            out.println("  " + exercise.name() + ": " + exercise.points() + " of " + exercise.maxPoints()
                    + (!exercise.submitted() ? " (not in the submission)" : !exercise.compiled()
                    ? " (does not compile: " + exercise.compileErrors().get(0).lines().findFirst().orElse("") + ")" : ""));
            if (!exercise.submitted() || !exercise.compiled()) {
                continue;
            }
            for (GradeReport.Task task : exercise.tasks()) {
                String why = task.failures().isEmpty() ? ""
                        : out.dim(" — " + task.failures().get(0).message().lines().findFirst().orElse(""));
                out.println(String.format(Locale.ROOT, "    %s task %d  %-62s %d of %d%s", task.passed() ? out.green("✔")
                        : out.red("✘"), task.task(), task.title(), task.points(), task.maxPoints(), why));
            }
        }
    }

    /** The submission itself when it holds an exercise folder; else each sub-folder that does. */
    private List<Path> submissions(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LearnException(folder + " is not a folder. Grade a copy of exercises/, or a folder of such copies.");
        }
        if (isSubmission(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> found = children.filter(Files::isDirectory).filter(this::isSubmission).sorted().toList();
            if (found.isEmpty()) {
                throw new LearnException(folder + " holds no submission: a submission is a copy of exercises/, with"
                        + " a folder for each exercise (" + invocation.course().names() + "), or a folder of such copies.");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isSubmission(Path folder) {
        return invocation.course().exercises().stream()
                .anyMatch(exercise -> Files.isDirectory(exercise.submittedIn(folder).path()));
    }

    static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}

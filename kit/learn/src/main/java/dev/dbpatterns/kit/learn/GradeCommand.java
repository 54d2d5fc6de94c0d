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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code learn grade <folder>}: grades a submission (a copy of exercises/) or a folder of them,
 * task by task with points, with the course's own tests and given code, never the submission's;
 * prints a summary and writes a report. {@link Grading} runs each submission in a JVM of its own,
 * {@code --jobs} of them at a time; the results are printed and written in the submissions' order.
 */
@Command(name = "grade", description = "grade a submission, a copy of exercises/, or a folder of them")
final class GradeCommand implements Callable<Integer>, Mistakes.NeedsAName {
    @Parameters(paramLabel = "folder", description = "a submission (a copy of exercises/), or a folder of them")
    Path folder;
    @Option(names = {"--report", "--json"}, paramLabel = "path",
            description = "also write the grades there: a JSON file, or with --format exercism a folder")
    Path report;
    @Option(names = "--format", paramLabel = "learn|exercism", converter = ReportFormat.Parsed.class,
            description = "the report's format: learn (one JSON file, the default), or exercism (results.json,"
                    + " version 3, for each exercise of each submission, in <path>/<submission>/<exercise>/)")
    ReportFormat format = ReportFormat.LEARN;
    @Mixin
    JobsOption jobs;
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
        if (report == null && format == ReportFormat.EXERCISM) {
            throw new LearnException("--format exercism writes a results.json for each exercise of each submission:"
                    + " name the folder for them with --report <folder>.");
        }
        RunSettings settings = timeLimit.with(database);
        String databases = database.describe();
        List<Path> submissions = submissions(folder);
        // Everything that can stop the run is checked before the first submission is graded.
        Path report = this.report == null ? null
                : ReportPath.checked(this.report.toAbsolutePath().normalize(), format, invocation.root, submissions);
        Course.Exercise firstGraded = new Grading(invocation).submitted(submissions.get(0)).get(0);
        GradingDatabases.requireAnswering(invocation, database, firstGraded);
        Output out = invocation.out;
        int atOnce = Math.min(jobs.jobs, submissions.size());
        out.println(out.bold("Grading " + submissions.size() + " submission" + (submissions.size() == 1 ? "" : "s")
                + " in " + folder) + out.dim(" (each test at most " + settings.timeLimit().toSeconds() + " s, on "
                + databases + (atOnce > 1 ? ", " + atOnce + " at a time" : "") + ")"));
        Sandbox sandbox = Sandbox.here();
        out.println(sandbox.isOn() ? out.dim("Each submission runs in a sandbox (bubblewrap): it cannot see the course,"
                + " the solutions or the other submissions, nor change any file outside its own scratch folder.")
                : out.yellow("Grading without a sandbox: " + sandbox.missing() + ". A submission's code can read and change"
                + " what your account can."));
        List<GradeReport.Submission> graded = gradeAll(submissions, folder, settings, atOnce);
        GradingDatabases.sweepLeftovers(invocation, database, firstGraded);
        GradeReport grades = new GradeReport(invocation.course().title(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                databases, settings.timeLimit().toSeconds(), sandbox.describe(), graded);
        out.println();
        graded.forEach(new GradeSummary(out)::print);
        if (report != null) {
            if (format == ReportFormat.EXERCISM) {
                int files = ExercismResults.write(report, grades, invocation.course());
                out.println("Exercism results (" + files + " " + ExercismResults.FILE + "): " + report);
            } else {
                write(report, grades.toJson());
                out.println("JSON report: " + report);
            }
        }
        return 0;
    }

    /** Each submission in a JVM of its own, {@code atOnce} at a time; each line printed in the submissions' order. */
    private List<GradeReport.Submission> gradeAll(List<Path> submissions, Path folder, RunSettings settings, int atOnce) {
        invocation.course(); // read once, before the graders share it
        Grading grading = new Grading(invocation);
        ExecutorService graders = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<GradeReport.Submission>> pending = submissions.stream()
                    .map(submission -> graders.submit(() -> grading.grade(submission, List.of(folder), settings))).toList();
            List<GradeReport.Submission> graded = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                invocation.out.print("  " + submissions.get(i).getFileName() + " … ");
                GradeReport.Submission result = pending.get(i).get();
                invocation.out.println(result.points() + " of " + result.maxPoints() + " points");
                graded.add(result);
            }
            return graded;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException problem ? problem : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("Grading was interrupted.");
        } finally {
            graders.shutdownNow();
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
        return !new Grading(invocation).submitted(folder).isEmpty();
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

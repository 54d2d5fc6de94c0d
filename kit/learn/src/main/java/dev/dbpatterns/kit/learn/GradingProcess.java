package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One grading JVM: {@code learn grade-one} on one submission, its grade read back as JSON. The one
 * place that starts it, so what it may see and how its result comes back are decided here. The
 * JVMs still running when learn is stopped (Ctrl-C) are stopped with it.
 */
final class GradingProcess {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "learn-grading-stop"));
    }

    private GradingProcess() {
    }

    /** Why a grading JVM gave no grade: stopped, crashed; the message says so for the report. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    /** @param only the tasks to grade, by exercise; empty for every exercise the submission holds */
    static GradeReport.Submission run(Path root, Path submission, RunSettings settings, Map<String, List<Integer>> only)
            throws Failed {
        Path result = null;
        Path log = null;
        try {
            result = Files.createTempFile("learn-grade-", ".json");
            log = Files.createTempFile("learn-grade-", ".log");
            Process child = new ProcessBuilder(command(root, submission, result, settings, only))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RUNNING.add(child);
            try {
                // Each test has its limit already; this one only catches what that cannot (a JVM that will not end).
                long allowed = settings.timeLimit().toSeconds() * 80 + 120;
                if (!child.waitFor(allowed, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor();
                    throw new Failed("grading was stopped after " + allowed + " s");
                }
            } catch (InterruptedException e) {
                child.destroyForcibly(); // grading was stopped: its JVM is not left running on its own
                throw e;
            } finally {
                RUNNING.remove(child);
            }
            if (child.exitValue() != 0 || Files.size(result) == 0) {
                throw new Failed("grading failed (exit " + child.exitValue() + "): " + tail(log));
            }
            return GradeReport.fromJson(Files.readString(result), GradeReport.class).submissions().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("Grading was interrupted.");
        } finally {
            deleteQuietly(result);
            deleteQuietly(log);
        }
    }

    private static List<String> command(Path root, Path submission, Path result, RunSettings settings,
                                        Map<String, List<Integer>> only) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlearn.root=" + root,
                Learn.class.getName(), "grade-one", submission.toString(), result.toString(),
                "--time-limit", Long.toString(settings.timeLimit().toSeconds())));
        if (settings.database() != null) {
            command.addAll(List.of("--db", settings.database()));
        }
        only.forEach((exercise, tasks) -> command.addAll(List.of("--only",
                exercise + ":" + tasks.stream().map(String::valueOf).collect(Collectors.joining(",")))));
        return command;
    }

    /** Reads "repository:2,4" as --only gives it. */
    static Map.Entry<String, List<Integer>> parseOnly(String only) {
        int colon = only.lastIndexOf(':');
        return Map.entry(only.substring(0, colon),
                java.util.Arrays.stream(only.substring(colon + 1).split(",")).map(Integer::valueOf).toList());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a scratch file in the system's temp folder: left behind, it harms nothing
        }
    }
}

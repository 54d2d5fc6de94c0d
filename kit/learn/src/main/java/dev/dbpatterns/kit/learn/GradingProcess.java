package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseEngine;
import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One grading JVM: {@code learn grade-one} on a copy of one submission ({@link GradingFolder}), in
 * the {@link Sandbox} when there is one. The one place that starts it, so what it may see and how
 * its grade comes back ({@link GradingChannel}) are decided here. It either sends a grade, or it
 * ends in the middle of a test — ended by the code under test, out of memory, or stopped here
 * because nothing moved on — and then that test's tasks are what it {@link Outcome.Faulted faulted}
 * in. The JVMs still running when learn is stopped (Ctrl-C) are stopped with it.
 */
final class GradingProcess {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    /** Heap enough for the frameworks and any honest test; a test that fills it ends the JVM at once, named. */
    private static final String HEAP = "-Xmx768m";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "learn-grading-stop"));
    }

    private GradingProcess() {
    }

    sealed interface Outcome {
        record Graded(GradeReport.Submission submission) implements Outcome {
        }

        /** The JVM ended during a test, or hung there: its tasks fail with the reason; the others still need grading. */
        record Faulted(String exercise, List<Integer> tasks, String test, String reason) implements Outcome {
        }

        /** No grade and no test to blame (it did not get as far as a test): why, for the report. */
        record Failed(String reason) implements Outcome {
        }
    }

    /**
     * How long a grading JVM may go without starting a test or class: longer than any set-up method
     * may take, so it catches only what no JUnit time limit reaches (constructors, static
     * initializers, a JVM that does not end).
     */
    static long quietLimitSeconds(RunSettings settings) {
        return settings.timeLimit().toSeconds() * ExerciseEngine.SET_UP_TIMES + 60;
    }

    /**
     * @param hidden folders the grading JVM must not see besides the course (the folder of submissions)
     * @param only   the tasks to grade, by exercise; empty for every exercise the submission holds
     */
    static Outcome run(Path root, Course course, Path submission, List<Course.Exercise> submitted, List<Path> hidden,
                       RunSettings settings, Map<String, List<Integer>> only) {
        Sandbox sandbox = Sandbox.here();
        try (GradingFolder folder = GradingFolder.of(course, root, submission, submitted)) {
            List<Path> classPath = classPath();
            List<Path> readable = new ArrayList<>(classPath);
            readable.addAll(folder.libraries());
            readable.add(Path.of(System.getProperty("java.home")));
            readable.add(folder.path());
            List<Path> hide = new ArrayList<>(hidden);
            hide.add(root);
            List<String> command = sandbox.wrap(command(folder, classPath, settings, only), hide, readable, folder.tmp());
            Process child = new ProcessBuilder(command).directory(folder.tmp().toFile()).redirectErrorStream(true).start();
            RUNNING.add(child);
            try {
                return outcome(child, settings);
            } finally {
                child.destroyForcibly();
                RUNNING.remove(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("Grading was interrupted.");
        }
    }

    private static Outcome outcome(Process child, RunSettings settings) throws IOException, InterruptedException {
        String secret = GradingChannel.newSecret();
        try (Writer in = child.outputWriter(StandardCharsets.UTF_8)) {
            in.write(secret + "\n");
        }
        Listening heard = new Listening(secret, child);
        Thread listener = Thread.ofPlatform().daemon().name("learn-grading-output").start(heard);
        long quiet = TimeUnit.SECONDS.toNanos(quietLimitSeconds(settings));
        boolean stalled = false;
        while (!child.waitFor(1, TimeUnit.SECONDS)) {
            if (System.nanoTime() - heard.lastNews > quiet) {
                child.destroyForcibly().waitFor();
                stalled = true;
            }
        }
        listener.join(TimeUnit.SECONDS.toMillis(10)); // what a process it started still holds open is not waited for
        if (heard.grade != null && !stalled) {
            try {
                return new Outcome.Graded(GradeReport.fromJson(heard.grade, GradeReport.class).submissions().get(0));
            } catch (RuntimeException unreadable) {
                return new Outcome.Failed("its grade could not be read: " + unreadable.getMessage());
            }
        }
        GradingChannel.Message.Started test = heard.running;
        String tail = heard.tail();
        String memory = tail.lines().filter(line -> line.contains("OutOfMemoryError")).findFirst().orElse(null);
        String reason = stalled ? "nothing moved on for " + quietLimitSeconds(settings) + " s, so it was stopped: a"
                + " constructor, static initializer or set-up that never returns?"
                : memory != null ? "ran out of memory (" + memory.trim() + "): something that keeps growing?"
                : heard.ending ? "ended the JVM (System.exit, or a signal): a test may not end the run"
                : "the JVM ended (exit " + child.exitValue() + ")" + (tail.isBlank() ? "" : ": " + tail.lines()
                .reduce((first, second) -> second).orElse("").trim());
        if (test == null) {
            return new Outcome.Failed("grading failed before any test ran: " + reason + (tail.isBlank() ? "" : "\n" + tail));
        }
        return new Outcome.Faulted(test.exercise(), test.tasks(), test.name(), reason);
    }

    /** Reads a grading JVM's output as it comes: the channel's messages, and the last lines of everything else. */
    private static final class Listening implements Runnable {
        private final String secret;
        private final Process child;
        private final Deque<String> tail = new ArrayDeque<>();
        volatile long lastNews = System.nanoTime();
        volatile GradingChannel.Message.Started running;
        volatile boolean ending;
        volatile String grade;

        Listening(String secret, Process child) {
            this.secret = secret;
            this.child = child;
        }

        @Override
        public void run() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    switch (GradingChannel.read(secret, line)) {
                        case GradingChannel.Message.Started started -> {
                            running = started;
                            lastNews = System.nanoTime();
                        }
                        case GradingChannel.Message.Ending ignored -> ending = true;
                        case GradingChannel.Message.Grade sent -> grade = sent.json();
                        case null -> keep(line);
                    }
                }
            } catch (IOException e) {
                keep("(its output could not be read further: " + e.getMessage() + ")");
            }
        }

        private synchronized void keep(String line) {
            tail.addLast(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            if (tail.size() > 8) {
                tail.removeFirst();
            }
        }

        synchronized String tail() {
            return String.join("\n", tail);
        }
    }

    /** learn's own class path, absolute: the grading JVM starts in a folder of its own. */
    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize()).toList();
    }

    private static List<String> command(GradingFolder folder, List<Path> classPath, RunSettings settings,
                                        Map<String, List<Integer>> only) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + folder.tmp(),
                "-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-Dlearn.root=" + folder.root()));
        // The database settings given as -Dcatalog.… reach the grading JVM as they reached the database check.
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("catalog.")).sorted()
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        command.addAll(List.of(
                Learn.class.getName(), "grade-one", folder.submission().toString(),
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
                Arrays.stream(only.substring(colon + 1).split(",")).map(Integer::valueOf).toList());
    }
}

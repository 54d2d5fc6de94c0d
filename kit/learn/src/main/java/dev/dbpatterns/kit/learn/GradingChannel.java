package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunningTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a grading JVM tells the grader what it is doing and what it found: lines on its standard
 * output that begin with a secret the grader handed it on standard input. The secret is on no
 * command line, in no file and in no environment variable, so the code under test cannot name
 * the channel: whatever it prints, a line without the secret is only output, and a forged grade is
 * never read as one.
 */
final class GradingChannel {
    private final String secret;
    private final PrintStream out;

    private GradingChannel(String secret, PrintStream out) {
        this.secret = secret;
        this.out = out;
    }

    /** What the grader hands a new grading JVM. */
    static String newSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The grading JVM's end: reads the secret, the first line of its input, before any submitted code runs. */
    static GradingChannel open(BufferedReader in, PrintStream out) {
        try {
            String secret = in.readLine();
            if (secret == null || secret.isBlank()) {
                throw new LearnException("grade-one is started by learn grade, which hands it a secret on its input.");
            }
            return new GradingChannel(secret.trim(), out);
        } catch (IOException e) {
            throw new LearnException("grade-one could not read its input: " + e.getMessage());
        }
    }

    void started(String exercise, RunningTest test) {
        send("test " + exercise + " " + test.tasks().stream().map(String::valueOf).collect(Collectors.joining(","))
                + " " + test.name().replaceAll("\\R", " "));
    }

    /** Said by the grading JVM's shutdown hook: something ended the JVM before its grade was sent. */
    void ending() {
        send("ending");
    }

    void grade(String json) {
        send("grade " + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void send(String message) {
        synchronized (out) {
            out.println(secret + " " + message);
            out.flush();
        }
    }

    /** A message read back by the grader. */
    sealed interface Message {
        record Started(String exercise, List<Integer> tasks, String name) implements Message {
        }

        record Ending() implements Message {
        }

        record Grade(String json) implements Message {
        }
    }

    /** The message in a line of a grading JVM's output, or null for anything not sent with this secret. */
    static Message read(String secret, String line) {
        String prefix = secret + " ";
        if (!line.startsWith(prefix)) {
            return null;
        }
        String[] words = line.substring(prefix.length()).split(" ", 4);
        try {
            return switch (words[0]) {
                case "test" -> new Message.Started(words[1],
                        Arrays.stream(words[2].split(",")).map(Integer::valueOf).toList(), words.length > 3 ? words[3] : "");
                case "ending" -> new Message.Ending();
                case "grade" -> new Message.Grade(new String(Base64.getDecoder().decode(words[1]), StandardCharsets.UTF_8));
                default -> null;
            };
        } catch (RuntimeException garbled) { // cut off or interleaved with other output: not a message
            return null;
        }
    }
}

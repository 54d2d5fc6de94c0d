package dev.dbpatterns.kit.learn.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a test threw into words for the learner: assertion messages as they are (the tests
 * write them to teach), an untouched stub as "not written yet" (or, when the stub belongs to an
 * earlier task, as what this task waits for), a time-out as a likely endless loop, anything else
 * with its root cause; and where in the learner's own files it happened.
 */
final class Explanation {
    private static final int MAX_LINES = 14;
    /** How the course's stubs say they are not written: {@code throw new UnsupportedOperationException("TODO(task N): …")}. */
    private static final Pattern STUB = Pattern.compile("^TODO\\(task (\\d+)\\)");
    /** A stub's exception quoted in another's message, as AssertJ quotes the throwable it did not expect, with its first frame. */
    private static final Pattern QUOTED_STUB = Pattern.compile("UnsupportedOperationException: (TODO\\(task (\\d+)\\)[^\\r\\n]*)"
            + "(?:\\R\\s*at (?:\\S+//)?([\\w.$]+)\\.[\\w$<>]+\\([^:()]+:(\\d+)\\))?");

    private Explanation() {
    }

    /**
     * @param message  what happened, in words
     * @param location where in the learner's files (path:line), or null
     * @param todoTask the task whose stub the failure ran into (this test's own or another), or null
     */
    record Explained(String message, String location, boolean timedOut, Integer todoTask) {
    }

    /** @param ownTask the task the failing test belongs to, or 0 when it has none */
    static Explained of(Throwable error, int ownTask, Workspace workspace) {
        if (error == null) {
            return new Explained("failed, without an exception that says why", null, false, null);
        }
        Throwable fatal = causeOfKind(error, VirtualMachineError.class);
        if (fatal instanceof OutOfMemoryError) {
            return new Explained("ran out of memory (" + firstLine(fatal) + "): something that keeps growing, such as a"
                    + " list filled in a loop that does not end?", location(fatal, workspace), false, null);
        }
        if (fatal instanceof StackOverflowError) {
            return new Explained("overflowed the stack (StackOverflowError): a method that calls itself without end?",
                    location(fatal, workspace), false, null);
        }
        if (isTimeout(error)) {
            return new Explained("did not finish in time (" + firstLine(error) + "): an endless loop, or a query waiting"
                    + " for a lock?", location(error, workspace), true, null);
        }
        Todo todo = todo(error, workspace);
        if (todo != null) {
            String message = todo.task() == ownTask || ownTask == 0 ? "not written yet: " + todo.text()
                    : "needs task " + todo.task() + " first: " + todo.text() + (todo.file() == null ? "" : " (" + todo.file() + ")");
            return new Explained(message, todo.location(), false, todo.task());
        }
        return new Explained(message(error), location(error, workspace), false, null);
    }

    /** The error itself or its first cause of that kind, or null. */
    private static Throwable causeOfKind(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    static boolean isTimeout(Throwable error) {
        return error instanceof TimeoutException || String.valueOf(error.getMessage()).contains("timed out after");
    }

    private static String message(Throwable error) {
        if (error instanceof AssertionError) {
            return limit(text(error));
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String thrown = error.getClass().getSimpleName() + ": " + limit(text(error));
        return root == error ? thrown : thrown + "\ncaused by " + root.getClass().getSimpleName() + ": " + limit(text(root));
    }

    /**
     * A stub's TODO, and where the learner's file throws it.
     *
     * @param file the file's name and line alone ("MyBatisReviews.java:28"), for a message that must stay on one line
     */
    private record Todo(int task, String text, String location, String file) {
    }

    /**
     * The stub a failure ran into: thrown itself, among its causes or suppressed exceptions (an
     * adapter or a framework may wrap it), or quoted in a message (an assertion that expected
     * another exception quotes the one it got). Null when the failure has nothing to do with a stub.
     */
    private static Todo todo(Throwable error, Workspace workspace) {
        List<Throwable> chain = chain(error);
        for (Throwable thrown : chain) {
            String message = String.valueOf(thrown.getMessage());
            Matcher stub = STUB.matcher(message);
            if (thrown instanceof UnsupportedOperationException && stub.find()) {
                StackTraceElement thrower = thrown.getStackTrace().length == 0 ? null : thrown.getStackTrace()[0];
                return new Todo(Integer.parseInt(stub.group(1)), message.lines().findFirst().orElse("").strip(),
                        location(thrown, workspace), thrower == null ? null : file(thrower.getClassName(), thrower.getLineNumber()));
            }
        }
        for (Throwable thrown : chain) {
            Matcher quoted = QUOTED_STUB.matcher(String.valueOf(thrown.getMessage()));
            if (quoted.find()) {
                String thrower = quoted.group(3);
                int line = thrower == null ? 0 : Integer.parseInt(quoted.group(4));
                return new Todo(Integer.parseInt(quoted.group(2)), quoted.group(1).strip(),
                        thrower == null ? null : locate(thrower, line, workspace), thrower == null ? null : file(thrower, line));
            }
        }
        return null;
    }

    /**
     * The error, its causes and suppressed exceptions, each once, nearest first; in a fixed order, so
     * that the same failure is always put the same way (a stub whose close() also throws adds a
     * second TODO, suppressed, behind the first).
     */
    private static List<Throwable> chain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>(List.of(error));
        while (!next.isEmpty() && chain.size() < 64) {
            Throwable thrown = next.removeFirst();
            if (seen.add(thrown)) {
                chain.add(thrown);
                if (thrown.getCause() != null) {
                    next.addLast(thrown.getCause());
                }
                next.addAll(List.of(thrown.getSuppressed()));
            }
        }
        return chain;
    }

    /** The first line of the stack that is in the learner's files, as path:line; null if none is. */
    static String location(Throwable error, Workspace workspace) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                String found = locate(frame.getClassName(), frame.getLineNumber(), workspace);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A class and line as path:line in the learner's files; null when the class is not one of theirs. */
    private static String locate(String className, int line, Workspace workspace) {
        String topLevel = className.replaceFirst("\\$.*", "");
        Path source = workspace.learner().learnerSources().resolve(topLevel.replace('.', '/') + ".java");
        return line > 0 && Files.isRegularFile(source) ? workspace.show(source) + ":" + line : null;
    }

    private static String file(String className, int line) {
        String topLevel = className.replaceFirst("\\$.*", "");
        return topLevel.substring(topLevel.lastIndexOf('.') + 1) + ".java" + (line > 0 ? ":" + line : "");
    }

    private static String text(Throwable error) {
        return error.getMessage() == null ? "(no message)" : stable(error.getMessage().strip());
    }

    /** A lesson schema's random suffix (lesson_shoptest_3fa9c1), and a MariaDB connection id (conn=195). */
    private static final Pattern RUN_SPECIFIC = Pattern.compile("(?i)\\b(lesson_\\w+?)_[0-9a-f]{6}\\b|\\(conn=\\d+\\)");

    /**
     * A message without what differs from run to run (a schema's random suffix, a connection id), so
     * the same submission always gets the same report.
     */
    static String stable(String message) {
        return RUN_SPECIFIC.matcher(message).replaceAll(found -> found.group(1) != null
                ? Matcher.quoteReplacement(found.group(1)) : "(conn=…)");
    }

    private static String firstLine(Throwable error) {
        return text(error).lines().findFirst().orElse("");
    }

    private static String limit(String text) {
        long lines = text.lines().count();
        String kept = text.lines().limit(MAX_LINES).collect(Collectors.joining("\n"));
        return lines > MAX_LINES ? kept + "\n…" : kept;
    }
}

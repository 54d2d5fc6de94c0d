package dev.dbpatterns.kit.learn.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Turns what a test threw into words for the learner: assertion messages as they are (the tests
 * write them to teach), an untouched stub as "not written yet", a time-out as a likely endless
 * loop, anything else with its root cause; and where in the learner's own files it happened.
 */
final class Explanation {
    private static final int MAX_LINES = 14;

    private Explanation() {
    }

    static boolean isTimeout(Throwable error) {
        return error instanceof TimeoutException || String.valueOf(error.getMessage()).contains("timed out after");
    }

    static String message(Throwable error) {
        if (isTimeout(error)) {
            return "did not finish in time (" + firstLine(error) + "): an endless loop, or a query waiting for a lock?";
        }
        if (error instanceof UnsupportedOperationException && String.valueOf(error.getMessage()).startsWith("TODO")) {
            return "not written yet: " + error.getMessage();
        }
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

    /** The first line of the stack that is in the learner's files, as path:line; null if none is. */
    static String location(Throwable error, Workspace workspace) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                String topLevel = frame.getClassName().replaceFirst("\\$.*", "");
                Path source = workspace.learner().learnerSources().resolve(topLevel.replace('.', '/') + ".java");
                if (frame.getLineNumber() > 0 && Files.isRegularFile(source)) {
                    return workspace.show(source) + ":" + frame.getLineNumber();
                }
            }
        }
        return null;
    }

    private static String text(Throwable error) {
        return error.getMessage() == null ? "(no message)" : error.getMessage().strip();
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

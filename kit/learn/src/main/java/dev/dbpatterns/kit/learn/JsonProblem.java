package dev.dbpatterns.kit.learn;

/** What Gson found wrong in a JSON file, in one line: where, and what it expected. */
final class JsonProblem {
    private JsonProblem() {
    }

    static String describe(Exception error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Gson adds a link to its troubleshooting page on a line of its own; the first line says it all.
        return message.lines().findFirst().orElse(message).replaceFirst("^[\\w.]+Exception: ", "").strip();
    }
}

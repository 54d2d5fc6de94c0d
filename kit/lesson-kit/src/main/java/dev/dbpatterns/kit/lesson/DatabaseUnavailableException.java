package dev.dbpatterns.kit.lesson;

/** A required database target could not be reached; the message names the URL and what to do. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message) {
        super(message);
    }
}

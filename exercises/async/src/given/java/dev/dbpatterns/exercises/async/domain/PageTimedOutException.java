package dev.dbpatterns.exercises.async.domain;

/** The page was not ready within its deadline. */
public class PageTimedOutException extends RuntimeException {
    public PageTimedOutException(String message, Throwable cause) {
        super(message, cause);
    }
}

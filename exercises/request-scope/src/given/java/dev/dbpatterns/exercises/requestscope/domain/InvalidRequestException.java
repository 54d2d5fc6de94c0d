package dev.dbpatterns.exercises.requestscope.domain;

/** A request the desk refuses before it looks at the shelf: the API answers 400, and no SQL is sent for it. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}

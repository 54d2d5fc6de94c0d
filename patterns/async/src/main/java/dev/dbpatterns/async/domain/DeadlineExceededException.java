package dev.dbpatterns.async.domain;

/**
 * A statement ran past its limit and the database ended it: on the server, not only in the caller, so the
 * connection is free again and nothing goes on working for a caller that stopped waiting.
 */
public class DeadlineExceededException extends RuntimeException {
    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}

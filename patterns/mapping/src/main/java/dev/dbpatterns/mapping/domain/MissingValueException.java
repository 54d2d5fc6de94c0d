package dev.dbpatterns.mapping.domain;

/** The bookshop refused a value the schema requires was missing: a NOT NULL column refused it. */
public class MissingValueException extends RuntimeException {
    public MissingValueException(String message, Throwable cause) {
        super(message, cause);
    }
}

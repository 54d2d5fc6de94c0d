package dev.dbpatterns.mapping.domain;

/** The bookshop refused two authors or two tags with one name: the UNIQUE constraint refused the second. */
public class DuplicateNameException extends RuntimeException {
    public DuplicateNameException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.dbpatterns.mapping.domain;

/** The bookshop refused a row others still point to: a FOREIGN KEY refused to delete it. */
public class StillReferencedException extends RuntimeException {
    public StillReferencedException(String message, Throwable cause) {
        super(message, cause);
    }
}

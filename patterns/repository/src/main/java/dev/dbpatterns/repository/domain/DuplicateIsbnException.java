package dev.dbpatterns.repository.domain;

/**
 * Another book already has this ISBN. Both adapters turn their database's unique-constraint
 * error into this, so callers never have to know SQLState 23505 from MariaDB's 1062.
 */
public class DuplicateIsbnException extends RuntimeException {
    private final String isbn;

    public DuplicateIsbnException(String isbn, Throwable cause) {
        super("A book with ISBN " + isbn + " is already in the catalogue", cause);
        this.isbn = isbn;
    }

    public String isbn() {
        return isbn;
    }
}

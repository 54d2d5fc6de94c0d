package dev.dbpatterns.async.domain;

/** No book has that id. */
public class BookNotFoundException extends RuntimeException {
    public BookNotFoundException(long bookId) {
        super("No book " + bookId);
    }
}

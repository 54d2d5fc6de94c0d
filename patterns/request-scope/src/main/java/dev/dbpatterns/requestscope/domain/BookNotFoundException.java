package dev.dbpatterns.requestscope.domain;

/** There is no book with this id. */
public class BookNotFoundException extends RuntimeException {
    public BookNotFoundException(long bookId) {
        super("No book " + bookId);
    }
}

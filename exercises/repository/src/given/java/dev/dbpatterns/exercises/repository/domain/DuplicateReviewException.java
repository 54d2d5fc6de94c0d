package dev.dbpatterns.exercises.repository.domain;

/**
 * This reader already reviewed this book: one review per reader and book. Both adapters turn
 * their database's unique-constraint error into this, so callers never see a driver's exception.
 */
public class DuplicateReviewException extends RuntimeException {
    private final long bookId;
    private final String reader;

    public DuplicateReviewException(long bookId, String reader, Throwable cause) {
        super(reader + " already reviewed book " + bookId, cause);
        this.bookId = bookId;
        this.reader = reader;
    }

    public long bookId() {
        return bookId;
    }

    public String reader() {
        return reader;
    }
}

package dev.dbpatterns.async.domain;

import java.time.Duration;

/**
 * The shop's catalogue, as callers on many threads at once use it. Each call is a transaction of its own on one
 * borrowed connection, given back before the call returns, so a call may run on any thread, a virtual one included.
 */
public interface Catalog {

    /**
     * The book's title, after the server worked on it for {@code serverWork}: a stand-in for a heavy query, which
     * keeps a connection busy on the server (the migrations' {@code pause} function).
     *
     * @throws BookNotFoundException when there is no such book (at once: the server has nothing to work on)
     * @throws DeadlineExceededException when the server ended the statement at the catalogue's statement limit
     */
    default String title(long bookId, Duration serverWork) {
        return title(bookId, serverWork, new Cancellation());
    }

    /** {@link #title(long, Duration)}, whose statement the server stops when {@code cancellation} is cancelled. */
    String title(long bookId, Duration serverWork, Cancellation cancellation);

    /** The book with all its reviews loaded: safe to read after the call returned, on any thread. */
    Book withReviews(long bookId);

    /** What a page shows of the book, as values. */
    BookCard card(long bookId);
}

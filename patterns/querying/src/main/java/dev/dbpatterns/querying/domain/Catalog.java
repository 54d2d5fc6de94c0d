package dev.dbpatterns.querying.domain;

import java.util.List;
import java.util.Optional;

/**
 * The questions a reader asks of the library. Each answer is one SELECT, except the two that
 * load authors with their books, whose statement count is their point.
 */
public interface Catalog {

    /** Every author, by name. */
    List<Author> allAuthors();

    /** The first author of that name, or none. */
    Optional<Author> authorNamed(String name);

    /** Books matching the filter, by year then id. */
    List<Book> search(BookFilter filter);

    /** How many books match the filter. */
    long count(BookFilter filter);

    /** Every book with its author's name: a join read into records. */
    List<BookLine> bookLines();

    /** Authors with at least that many books, the most prolific first: group by and having. */
    List<AuthorBookCount> authorsWithAtLeast(int books);

    /** Authors of whom at least one book has a review: exists. */
    List<Author> authorsReviewed();

    /** Books dearer than the average book: a scalar subquery. */
    List<Book> pricedAboveAverage();

    /** A page of books by year then id, from a row offset. */
    List<Book> pageAt(int offset, int size);

    /** The page of books that follows a key (null: the first page), by year then id. */
    List<Book> pageAfter(BookKey after, int size);

    /** Authors with their books in one SELECT (the original's joinedload). */
    List<Author> authorsWithBooksJoined();

    /**
     * Authors with their books in exactly two SELECTs, however many authors (the original's
     * selectinload).
     */
    List<Author> authorsWithBooksInTwoSelects();
}

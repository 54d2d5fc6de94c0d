package dev.dbpatterns.exercises.querying.domain;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;

/** The shelf's search page: what a reader filters, pages and opens. */
public interface Shelf {

    /**
     * Up to {@code size} books matching the filter, ordered by year then id, after the given key
     * (null: from the first). One SELECT, paged by the database.
     */
    List<Book> search(BookFilter filter, BookKey after, int size);

    /**
     * The authors with these ids, by name then id, each with their books by title: the same
     * small number of statements (one or two) however many ids; none for no ids.
     */
    List<Author> authorsWithBooks(List<Long> authorIds);
}

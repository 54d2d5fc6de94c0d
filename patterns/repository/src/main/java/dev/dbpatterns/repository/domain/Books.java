package dev.dbpatterns.repository.domain;

import java.util.List;
import java.util.Optional;

/**
 * The shop's books, as a collection: the Repository port. Callers speak in books, searches and
 * pages; how rows become objects is the adapter's business. Each call is a transaction of its own.
 */
// tag::port[]
public interface Books {

    /**
     * Adds a new book (no id yet) or stores the changes to a known one.
     *
     * @return the saved book, with its id
     * @throws DuplicateIsbnException when another book already has this ISBN
     */
    Book save(Book book);

    Optional<Book> findById(long id);

    Optional<Book> findByIsbn(String isbn);

    /** Books whose title is exactly this text. */
    List<Book> findByTitle(String title);

    /** One page of the books matching the search, in the order asked for. */
    Page<Book> search(BookSearch search, BookSort sort, PageRequest page);

    long count(BookSearch search);

    /** @return whether there was such a book */
    boolean delete(long id);
}
// end::port[]

package dev.dbpatterns.exercises.querying.hibernate;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;
import org.hibernate.SessionFactory;

/** The shelf in Hibernate. */
public final class HibernateShelf implements Shelf {
    private final SessionFactory sessions;

    public HibernateShelf(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Book> search(BookFilter filter, BookKey after, int size) {
        // TODO(task 2): one SELECT through the Criteria API: a condition only for each part of the filter
        //   that is given (title like filter.titlePattern() with LikePattern.ESCAPE, author, first year),
        //   the books after the key ((year, id) greater than the key's), ordered by year then id, and
        //   setMaxResults(size) so the database pages.
        throw new UnsupportedOperationException("TODO(task 2): a search with optional filters, a keyset page");
    }

    @Override
    public List<Author> authorsWithBooks(List<Long> authorIds) {
        // TODO(task 3): the authors with these ids and their books in one statement (left join fetch) or
        //   two, whatever the number of ids; never one more per author. No ids: no statement.
        throw new UnsupportedOperationException("TODO(task 3): authors with their books in a fixed number of statements");
    }
}

package dev.dbpatterns.exercises.async.hibernate;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import java.time.Duration;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * The shelf in Hibernate: a session per call, opened and closed on the calling thread, never shared between the
 * tasks that call it at once. It returns records, never entities: nothing in them is left to load.
 */
public final class HibernateShelf implements Shelf {
    private final SessionFactory sessions;
    private final Duration statementLimit;

    /** @param statementLimit how long the database lets a statement run; zero for no limit */
    public HibernateShelf(SessionFactory sessions, Duration statementLimit) {
        this.sessions = sessions;
        this.statementLimit = statementLimit;
    }

    // TODO(task 2): each method in a session of its own, opened and closed in the call, on the calling thread: the
    //   three run at once, and a Session is not safe to share between threads. Query the rows (BookRow, ReviewRow,
    //   StockRow) into the records with select new, as the Shelf's javadoc orders them, and translate a failure
    //   with HibernateErrors.translated.
    // TODO(task 3): unless statementLimit is zero, have the database end each query that runs longer.

    @Override
    public List<Book> books(List<Long> bookIds) {
        throw new UnsupportedOperationException("TODO(task 2): the books, in a session of their own");
    }

    @Override
    public List<Review> reviews(List<Long> bookIds) {
        throw new UnsupportedOperationException("TODO(task 2): the reviews, in a session of their own");
    }

    @Override
    public List<Stock> stock(List<Long> bookIds) {
        throw new UnsupportedOperationException("TODO(task 2): the stock, in a session of their own");
    }
}

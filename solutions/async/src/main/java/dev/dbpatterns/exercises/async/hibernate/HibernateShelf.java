package dev.dbpatterns.exercises.async.hibernate;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;

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

    @Override
    public List<Book> books(List<Long> bookIds) {
        return inSession(session -> limited(session.createSelectionQuery(
                "select new dev.dbpatterns.exercises.async.domain.Book(b.id, b.title) from BookRow b"
                        + " where b.id in :ids order by b.id", Book.class)
                .setParameter("ids", bookIds)));
    }

    @Override
    public List<Review> reviews(List<Long> bookIds) {
        return inSession(session -> limited(session.createSelectionQuery(
                "select new dev.dbpatterns.exercises.async.domain.Review(r.bookId, r.stars, r.text) from ReviewRow r"
                        + " where r.bookId in :ids order by r.id", Review.class)
                .setParameter("ids", bookIds)));
    }

    @Override
    public List<Stock> stock(List<Long> bookIds) {
        return inSession(session -> limited(session.createSelectionQuery(
                "select new dev.dbpatterns.exercises.async.domain.Stock(s.bookId, s.copies) from StockRow s"
                        + " where s.bookId in :ids", Stock.class)
                .setParameter("ids", bookIds)));
    }

    private <T> List<T> inSession(Function<Session, List<T>> query) {
        try {
            return sessions.fromSession(query); // opened on this thread, closed before it returns
        } catch (RuntimeException e) {
            throw HibernateErrors.translated(e);
        }
    }

    private <T> List<T> limited(SelectionQuery<T> query) {
        if (!statementLimit.isZero()) {
            // Statement.setQueryTimeout, in whole seconds, rounded up: the database ends the statement.
            query.setTimeout(Math.toIntExact(statementLimit.plusSeconds(1).minusNanos(1).toSeconds()));
        }
        return query.getResultList();
    }
}

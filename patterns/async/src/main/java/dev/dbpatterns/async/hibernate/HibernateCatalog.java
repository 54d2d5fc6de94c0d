package dev.dbpatterns.async.hibernate;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.BookNotFoundException;
import dev.dbpatterns.async.domain.Cancellation;
import dev.dbpatterns.async.domain.Catalog;
import java.time.Duration;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.type.StandardBasicTypes;

/**
 * The catalogue in Hibernate: a session per call, on the calling thread, closed before the call returns. What it
 * returns is detached, so each method fetches all that its caller will read.
 */
public final class HibernateCatalog implements Catalog {
    private final SessionFactory sessions;
    private final Duration statementLimit;

    /** @param statementLimit how long the database lets a statement run (whole seconds; zero for no limit) */
    public HibernateCatalog(SessionFactory sessions, Duration statementLimit) {
        this.sessions = sessions;
        this.statementLimit = statementLimit;
    }

    public HibernateCatalog(SessionFactory sessions) {
        this(sessions, Duration.ZERO);
    }

    // tag::title[]
    @Override
    @SuppressWarnings("deprecation") // the untyped createNativeQuery: addScalar names the one column to read
    public String title(long bookId, Duration serverWork, Cancellation cancellation) {
        return found(bookId, inSession(session -> {
            Runnable stop = session::cancelQuery; // Statement.cancel on what the session runs: the server stops it
            var query = session.createNativeQuery("select title, pause(:ms) as paused from book where id = :id")
                    .addScalar("title", StandardBasicTypes.STRING) // the title only: paused is just the wait
                    .setParameter("id", bookId)
                    .setParameter("ms", serverWork.toMillis());
            if (!statementLimit.isZero()) {
                // Statement.setQueryTimeout: the driver has the server end the statement, as in MyBatis.
                query.setTimeout(Math.toIntExact(statementLimit.toSeconds()));
            }
            cancellation.register(stop);
            try {
                return (String) query.uniqueResult();
            } finally {
                cancellation.unregister(stop);
            }
        }));
    }

    private <T> T inSession(Function<Session, T> work) {
        try {
            return sessions.fromTransaction(work); // opens, commits and closes on this thread
        } catch (RuntimeException e) {
            throw HibernateErrors.translated(e);
        }
    }
    // end::title[]

    // tag::with-reviews[]
    @Override
    public Book withReviews(long bookId) {
        return found(bookId, inSession(session -> session
                .createSelectionQuery("from Book b left join fetch b.reviews where b.id = :id", Book.class)
                .setParameter("id", bookId)
                .getSingleResultOrNull()));
    }

    @Override
    public BookCard card(long bookId) {
        return found(bookId, inSession(session -> session
                .createSelectionQuery("select new dev.dbpatterns.async.domain.BookCard(b.title, count(r))"
                        + " from Book b left join b.reviews r where b.id = :id group by b.id, b.title", BookCard.class)
                .setParameter("id", bookId)
                .getSingleResultOrNull()));
    }
    // end::with-reviews[]

    private static <T> T found(long bookId, T row) {
        if (row == null) {
            throw new BookNotFoundException(bookId);
        }
        return row;
    }
}

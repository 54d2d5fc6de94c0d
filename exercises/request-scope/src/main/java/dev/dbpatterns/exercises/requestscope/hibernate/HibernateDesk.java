package dev.dbpatterns.exercises.requestscope.hibernate;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;

/**
 * The desk for one request in Hibernate: a {@code Session} opened by the first call and kept for the whole request,
 * so every use case of the request shares its persistence context; each use case begins and ends its own transaction
 * on it. The session is closed with the request, never at the end of a transaction.
 */
public final class HibernateDesk implements LendingDesk {
    private final SessionFactory sessions;

    public HibernateDesk(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // TODO(task 2): one Session for the desk, opened by the first call (never in the constructor), kept until close().

    // TODO(task 2): begin a transaction on the request's session, commit it when the work returns, roll it back when
    //   the work throws (rethrow the same exception). Do not close the session here: the request may go on.
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        throw new UnsupportedOperationException("TODO(task 2): the work as one transaction of the request's session");
    }

    // TODO(task 2): close the session, if one was opened.
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 2): close the request's session");
    }

    @Override
    public Optional<Title> title(long id) {
        throw new UnsupportedOperationException("TODO(task 2): find the Title");
    }

    // TODO(task 2): the names of the titles lent to the reader, by name (Loan has titleId and reader).
    @Override
    public List<String> titlesLentTo(String reader) {
        throw new UnsupportedOperationException("TODO(task 2): a query joining Loan and Title");
    }

    @Override
    public void lend(long titleId, String reader) {
        throw new UnsupportedOperationException("TODO(task 2): persist a Loan");
    }

    // TODO(task 2): one UPDATE that takes a copy only if one is left; true when it changed a row.
    @Override
    public boolean takeCopy(long titleId) {
        throw new UnsupportedOperationException("TODO(task 2): take a copy with one UPDATE");
    }
}

package dev.dbpatterns.exercises.pooling.hibernate;

import dev.dbpatterns.exercises.pooling.domain.Confirmations;
import dev.dbpatterns.exercises.pooling.domain.ConnectionLostException;
import dev.dbpatterns.exercises.pooling.domain.DatabaseErrors;
import dev.dbpatterns.exercises.pooling.domain.Hold;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import java.sql.SQLException;
import org.hibernate.SessionFactory;

/** The holds desk in Hibernate: one Session per call; inTransaction closes it however the call ends. */
public final class HibernateHolds implements Holds {
    private final SessionFactory sessions;

    public HibernateHolds(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void place(Hold hold) {
        try {
            sessions.inTransaction(session -> session.persist(hold));
        } catch (RuntimeException e) {
            throw lostOrItself(e, "placing hold " + hold.code());
        }
    }

    @Override
    public void placeAndConfirm(Hold hold, Confirmations confirmations) {
        place(hold);                // committed, the Session closed, its connection back in the pool
        confirmations.send(hold);   // the slow part, holding no connection
    }

    @Override
    public long holdsOn(String isbn) {
        try {
            return sessions.fromTransaction(session -> session
                    .createSelectionQuery("select count(*) from Hold where isbn = :isbn", Long.class)
                    .setParameter("isbn", isbn)
                    .getSingleResult());
        } catch (RuntimeException e) {
            throw lostOrItself(e, "counting the holds on " + isbn);
        }
    }

    private static RuntimeException lostOrItself(RuntimeException failure, String what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DatabaseErrors.isConnectionLost(sql.getSQLState(), sql.getErrorCode())) {
                return new ConnectionLostException(what, failure);
            }
        }
        return failure;
    }
}

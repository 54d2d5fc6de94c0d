package dev.dbpatterns.pooling.hibernate;

import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.domain.Concert;
import jakarta.persistence.LockModeType;
import org.hibernate.SessionFactory;

/**
 * The box office in Hibernate: the concert is read under a row lock (SELECT … FOR UPDATE), the
 * entity decides, and dirty checking writes the new count at commit. The session holds one
 * connection from the first statement to the end of the transaction.
 */
public final class HibernateBoxOffice implements BoxOffice {
    private final SessionFactory sessions;

    public HibernateBoxOffice(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::sell[]
    @Override
    public boolean sell(long concertId, int seats) {
        try {
            // A query, not find(…, PESSIMISTIC_WRITE): when the connection dies under find's SELECT … FOR
            // UPDATE and the transaction is marked for rollback, find logs HHH90010102 and returns null
            // (HHH-12472), so a lost connection would look like a missing concert.
            return sessions.fromTransaction(session -> concert(session
                    .createSelectionQuery("from Concert where id = :id", Concert.class)
                    .setParameter("id", concertId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getSingleResultOrNull(), concertId).sell(seats));
        } catch (RuntimeException e) {
            throw HibernateErrors.translated(e);
        }
    }
    // end::sell[]

    @Override
    public int seatsLeft(long concertId) {
        return sessions.fromSession(session -> concert(session.find(Concert.class, concertId), concertId).seatsLeft());
    }

    private static Concert concert(Concert found, long concertId) {
        if (found == null) {
            throw new IllegalArgumentException("No concert " + concertId);
        }
        return found;
    }
}

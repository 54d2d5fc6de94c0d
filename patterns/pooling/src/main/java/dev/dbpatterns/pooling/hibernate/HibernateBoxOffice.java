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
        return sessions.fromTransaction(session ->
                concert(session.find(Concert.class, concertId, LockModeType.PESSIMISTIC_WRITE), concertId).sell(seats));
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

package dev.dbpatterns.exercises.pooling.hibernate;

import dev.dbpatterns.exercises.pooling.domain.Confirmations;
import dev.dbpatterns.exercises.pooling.domain.Hold;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import org.hibernate.SessionFactory;

/** The holds desk in Hibernate: one Session per call; inTransaction closes it however the call ends. */
public final class HibernateHolds implements Holds {
    private final SessionFactory sessions;

    public HibernateHolds(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void place(Hold hold) {
        // TODO(task 3): report a broken connection as ConnectionLostException (see lostOrItself below).
        sessions.inTransaction(session -> session.persist(hold));
    }

    @Override
    public void placeAndConfirm(Hold hold, Confirmations confirmations) {
        // TODO(task 4): the Session keeps its connection until inTransaction ends, mail server included. Send the
        //   confirmation after the transaction, once the hold is committed; a hold refused sends nothing.
        sessions.inTransaction(session -> {
            session.persist(hold);
            confirmations.send(hold);
        });
    }

    @Override
    public long holdsOn(String isbn) {
        // TODO(task 3): report a broken connection as ConnectionLostException here too.
        return sessions.fromTransaction(session -> session
                .createSelectionQuery("select count(*) from Hold where isbn = :isbn", Long.class)
                .setParameter("isbn", isbn)
                .getSingleResult());
    }

    /**
     * What the adapter throws for a failure Hibernate reported: ConnectionLostException (with the failure as its
     * cause) when the connection broke, or the failure itself.
     */
    private static RuntimeException lostOrItself(RuntimeException failure, String what) {
        // TODO(task 3): find the java.sql.SQLException among the causes and ask DatabaseErrors.isConnectionLost with
        //   its getSQLState() and getErrorCode(). Hibernate wraps it (JDBCConnectionException, GenericJDBCException…).
        throw new UnsupportedOperationException("TODO(task 3): tell a broken connection from any other failure");
    }
}

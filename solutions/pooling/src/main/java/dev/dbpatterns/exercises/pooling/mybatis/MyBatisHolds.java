package dev.dbpatterns.exercises.pooling.mybatis;

import dev.dbpatterns.exercises.pooling.domain.Confirmations;
import dev.dbpatterns.exercises.pooling.domain.ConnectionLostException;
import dev.dbpatterns.exercises.pooling.domain.DatabaseErrors;
import dev.dbpatterns.exercises.pooling.domain.Hold;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The holds desk in MyBatis: one session per call, closed however the call ends. */
public final class MyBatisHolds implements Holds {
    private final SqlSessionFactory sessions;

    public MyBatisHolds(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void place(Hold hold) {
        // try-with-resources: the session, and its connection, go back when the INSERT fails too.
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(HoldMapper.class).insert(hold);
            session.commit();
        } catch (PersistenceException e) {
            throw lostOrItself(e, "placing hold " + hold.code());
        }
    }

    @Override
    public void placeAndConfirm(Hold hold, Confirmations confirmations) {
        place(hold);                // committed, and the connection is back in the pool
        confirmations.send(hold);   // the slow part, holding no connection
    }

    @Override
    public long holdsOn(String isbn) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(HoldMapper.class).countByIsbn(isbn);
        } catch (PersistenceException e) {
            throw lostOrItself(e, "counting the holds on " + isbn);
        }
    }

    private static RuntimeException lostOrItself(PersistenceException failure, String what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DatabaseErrors.isConnectionLost(sql.getSQLState(), sql.getErrorCode())) {
                return new ConnectionLostException(what, failure);
            }
        }
        return failure;
    }
}

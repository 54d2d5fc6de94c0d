package dev.dbpatterns.exercises.transactions.mybatis;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.DatabaseErrors;
import dev.dbpatterns.exercises.transactions.domain.TransactionWork;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import java.sql.SQLException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The transaction boundary in MyBatis: one SqlSession per transaction, holding one pooled
 * connection with auto-commit off; closing the session gives the connection back.
 */
public final class MyBatisTransactions implements Transactions {
    private final SqlSessionFactory sessions;

    public MyBatisTransactions(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::in-transaction[]
    @Override
    public <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E {
        try (SqlSession session = sessions.openSession()) { // closed however the work ends
            try {
                T result = work.run(new MyBatisGiftCards(session));
                session.commit(true); // force: end the transaction even when MyBatis saw no write
                return result;
            } catch (RuntimeException failure) {
                rollback(session, failure);
                throw conflictOrItself(failure);
            } catch (Exception | Error failure) { // the work's checked E, rethrown as it is
                rollback(session, failure);
                throw failure;
            }
        }
    }
    // end::in-transaction[]

    private static void rollback(SqlSession session, Throwable failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e); // the work's failure is the one the caller must see
        }
    }

    // tag::conflicts[]
    /** MyBatis wraps the driver's SQLException; its SQLState and vendor code say whether it is a conflict. */
    private static RuntimeException conflictOrItself(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DatabaseErrors.isConflict(sql.getSQLState(), sql.getErrorCode())) {
                return new ConcurrentUpdateException("the database gave up on this transaction to let a concurrent one"
                        + " finish (SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode() + ")", failure);
            }
        }
        return failure;
    }
    // end::conflicts[]
}

package dev.dbpatterns.exercises.transactions.mybatis;

import dev.dbpatterns.exercises.transactions.domain.TransactionWork;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
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

    @Override
    public <T, E extends Exception> T inTransaction(TransactionWork<T, E> work) throws E {
        // TODO(task 1): open a session (sessions.openSession(): auto-commit off) in a try-with-resources, so that
        //   it is closed, and its connection given back to the pool, however the work ends. Run the work on
        //   new MyBatisGiftCards(session); when it returns, commit and return its result. When it throws anything,
        //   a checked exception too, roll back and rethrow that same exception: catch (RuntimeException e) and then
        //   catch (Exception | Error e) let you rethrow it with its own type (E). End the transaction yourself, even
        //   when the work only read: session.commit() and rollback() send nothing if the session wrote nothing (and
        //   closing it would then commit what is open), commit(true) and rollback(true) always do.
        // TODO(task 4): a deadlock or a serialization failure is a conflict, like a stale version: when a
        //   RuntimeException has among its causes a java.sql.SQLException for which
        //   DatabaseErrors.isConflict(getSQLState(), getErrorCode()) holds, throw ConcurrentUpdateException
        //   (with the exception as its cause) instead. Anything else goes to the caller as it is.
        throw new UnsupportedOperationException("TODO(task 1): run the work in a transaction of one SqlSession");
    }
}

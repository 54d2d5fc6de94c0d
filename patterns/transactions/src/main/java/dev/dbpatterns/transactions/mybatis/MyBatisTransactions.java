package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.TransactionWork;
import dev.dbpatterns.transactions.domain.Transactions;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;

/**
 * The transaction boundary in MyBatis: one SqlSession per transaction, which holds one pooled
 * connection with auto-commit off; closing the session gives the connection back.
 */
public final class MyBatisTransactions implements Transactions {
    private final SqlSessionFactory sessions;

    public MyBatisTransactions(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::in-transaction[]
    @Override
    public <T, E extends Exception> T inTransaction(TransactionOptions options, TransactionWork<T, E> work) throws E {
        try (SqlSession session = open(options)) {
            MyBatisTransaction transaction = new MyBatisTransaction(session);
            T result;
            try {
                result = work.run(transaction);
            } catch (RuntimeException failure) {
                rollback(session, failure);
                throw MyBatisErrors.translate(failure);
            } catch (Exception | Error failure) { // a checked E of the work's own, rethrown as it is
                rollback(session, failure);
                throw failure;
            }
            if (transaction.isRollbackOnly() || options.readOnly()) {
                session.rollback(true); // force: MyBatis would skip it when no statement wrote
            } else {
                commit(session);
            }
            return result;
        }
    }
    // end::in-transaction[]

    // tag::options[]
    private SqlSession open(TransactionOptions options) {
        SqlSession session = options.isolation() == null
                ? sessions.openSession(false)
                : sessions.openSession(level(options.isolation()));
        if (options.readOnly()) {
            try {
                // Before the first statement: PostgreSQL then begins READ ONLY, MariaDB sets the
                // session read-only; H2 takes it as a hint and ignores it. The pool resets it.
                session.getConnection().setReadOnly(true);
            } catch (SQLException e) {
                session.close();
                throw new PersistenceException("Could not make the connection read-only: " + e.getMessage(), e);
            }
        }
        return session;
    }
    // end::options[]

    private static void commit(SqlSession session) {
        try {
            session.commit(true); // force: commit even when MyBatis saw no write, so every transaction ends
        } catch (PersistenceException e) {
            // PostgreSQL reports a serialization failure of SERIALIZABLE at commit, too.
            throw MyBatisErrors.translate(e);
        }
    }

    private static void rollback(SqlSession session, Throwable failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static TransactionIsolationLevel level(Isolation isolation) {
        return switch (isolation) {
            case READ_UNCOMMITTED -> TransactionIsolationLevel.READ_UNCOMMITTED;
            case READ_COMMITTED -> TransactionIsolationLevel.READ_COMMITTED;
            case REPEATABLE_READ -> TransactionIsolationLevel.REPEATABLE_READ;
            case SERIALIZABLE -> TransactionIsolationLevel.SERIALIZABLE;
        };
    }
}

package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Households;
import dev.dbpatterns.transactions.domain.JobQueue;
import dev.dbpatterns.transactions.domain.Transaction;
import dev.dbpatterns.transactions.domain.TransactionWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/** A running MyBatis transaction: its session, and the mappers' adapters on it. */
final class MyBatisTransaction implements Transaction {
    private final SqlSession session;
    private final Households households;
    private final JobQueue jobs;
    private boolean rollbackOnly;

    MyBatisTransaction(SqlSession session) {
        this.session = session;
        this.households = new MyBatisHouseholds(session);
        this.jobs = new MyBatisJobQueue(session);
    }

    @Override
    public Households households() {
        return households;
    }

    @Override
    public JobQueue jobs() {
        return jobs;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    // tag::savepoint[]
    @Override
    public <T, E extends Exception> T inSavepoint(TransactionWork<T, E> part) throws E {
        Connection connection = session.getConnection();
        Savepoint savepoint = jdbc(connection::setSavepoint);
        try {
            T result = part.run(this);
            jdbc(() -> {
                connection.releaseSavepoint(savepoint);
                return null;
            });
            return result;
        } catch (Exception failure) {
            jdbc(() -> {
                connection.rollback(savepoint);
                return null;
            });
            session.clearCache(); // what the part read may have been rolled back
            throw failure;
        }
    }
    // end::savepoint[]

    private interface JdbcCall<T> {
        T call() throws SQLException;
    }

    private static <T> T jdbc(JdbcCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new PersistenceException("Savepoint failed: " + e.getMessage(), e);
        }
    }
}

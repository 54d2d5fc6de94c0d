package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Begins MyBatis units of work. Its blocks of ids outlive each unit, the way Hibernate's id
 * optimizer lives in the SessionFactory: one SELECT on the sequence serves the next 20 new rows,
 * whichever units they belong to.
 */
public final class MyBatisUnitsOfWork implements UnitsOfWork {
    /** Statements per JDBC batch, the same as hibernate.jdbc.batch_size on the other side. */
    public static final int BATCH_SIZE = 10;

    private final SqlSessionFactory sessions;
    private final IdBlocks ids = new IdBlocks();

    public MyBatisUnitsOfWork(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::begin[]
    @Override
    public MyBatisUnitOfWork begin() {
        // BATCH: each write waits in a JDBC batch until flushStatements or commit; and no
        // auto-commit, so the unit's reads and writes share one transaction.
        return new MyBatisUnitOfWork(sessions.openSession(ExecutorType.BATCH), ids, BATCH_SIZE);
    }
    // end::begin[]
}

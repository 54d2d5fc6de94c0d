package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.ConcurrentChangeException;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.SqlSession;

/**
 * Sends a unit of work's writes through a BATCH session. MyBatis puts consecutive calls of the
 * same statement into one JDBC batch and sends it at flushStatements(); this writer also cuts a
 * batch at the batch size, and checks that every UPDATE and DELETE found its row.
 */
final class BatchWriter {
    private final SqlSession session;
    private final int batchSize;
    private String statement;
    private int inBatch;

    BatchWriter(SqlSession session, int batchSize) {
        this.session = session;
        this.batchSize = batchSize;
    }

    // tag::send[]
    void send(String statementId, Object row) {
        if (statementId.equals(statement) && inBatch == batchSize) {
            flush(); // the batch is full: send it, and start the next one with this row
        }
        if (!statementId.equals(statement)) {
            statement = statementId; // another statement: MyBatis opens a new JDBC batch by itself
            inBatch = 0;
        }
        session.update(statementId, row); // only added to the batch: nothing is sent yet
        inBatch++;
    }
    // end::send[]

    /** Sends every batch still waiting, in the order they were filled. */
    void flush() {
        for (BatchResult batch : session.flushStatements()) {
            if (batch.getMappedStatement().getSqlCommandType() == SqlCommandType.INSERT) {
                continue; // an INSERT that did not happen has already thrown
            }
            int[] counts = batch.getUpdateCounts();
            for (int i = 0; i < counts.length; i++) {
                // A driver may answer SUCCESS_NO_INFO (-2) for a batched statement, and then there
                // is nothing to check; H2, PostgreSQL and MariaDB all answer with the row count.
                if (counts[i] == 0) {
                    throw new ConcurrentChangeException(RowType.describe(batch.getParameterObjects().get(i)), null);
                }
            }
        }
        inBatch = 0;
    }
}

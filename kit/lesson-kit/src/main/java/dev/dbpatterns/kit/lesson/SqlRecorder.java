package dev.dbpatterns.kit.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Wraps a data source so that every statement, batch, commit and rollback sent through it is
 * appended to a {@link SqlLog}. Any thread may send; the log keeps them in the order they ended.
 */
final class SqlRecorder implements QueryExecutionListener {
    private final SqlLog log;
    private final AtomicInteger batches = new AtomicInteger();

    private SqlRecorder(SqlLog log) {
        this.log = log;
    }

    static DataSource recording(DataSource dataSource, SqlLog log) {
        SqlRecorder recorder = new SqlRecorder(log);
        return ProxyDataSourceBuilder.create("lesson", dataSource)
                .listener(recorder)
                .afterMethod(recorder::transactionEnded)
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        int batch = execution.isBatch() ? batches.incrementAndGet() : 0;
        for (QueryInfo query : queries) {
            List<List<Object>> parameterSets = new ArrayList<>();
            for (List<ParameterSetOperation> operations : query.getParametersList()) {
                parameterSets.add(boundValues(operations));
            }
            log.append(SentStatement.of(query.getQuery(), parameterSets, batch, !execution.isSuccess()));
        }
    }

    private void transactionEnded(MethodExecutionContext call) {
        String method = call.getMethod().getName();
        boolean onConnection = call.getTarget() instanceof java.sql.Connection;
        boolean noArguments = call.getMethodArgs() == null || call.getMethodArgs().length == 0;
        if (onConnection && call.getThrown() == null && noArguments) {
            if (method.equals("commit")) {
                log.append(SentStatement.transactionEnd(SentStatement.Kind.COMMIT));
            } else if (method.equals("rollback")) {
                log.append(SentStatement.transactionEnd(SentStatement.Kind.ROLLBACK));
            }
        }
    }

    /** setString(2, "x"), setLong(1, 7) → [7, "x"]: values in parameter order. */
    private static List<Object> boundValues(List<ParameterSetOperation> operations) {
        return operations.stream()
                .filter(op -> op.getArgs().length >= 2 && op.getArgs()[0] instanceof Integer)
                .sorted(Comparator.comparing(op -> (Integer) op.getArgs()[0]))
                .map(op -> ParameterSetOperation.isSetNullParameterOperation(op) ? null : op.getArgs()[1])
                .toList();
    }
}

package dev.dbpatterns.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * What operations sent through a counting data source: the check each benchmark runs on one
 * operation before it measures, so that it cannot measure the wrong thing. Measurement itself
 * runs on the plain pool; the proxy's cost never enters the numbers.
 */
public final class SentSql {
    /** One statement as the driver ran it; {@code batch} numbers its executeBatch call, 0 when not batched. */
    public record Sent(String sql, int executions, int batch) {
        String verb() {
            return sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        }
    }

    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger batches = new AtomicInteger();

    public DataSource counting(DataSource dataSource) {
        return ProxyDataSourceBuilder.create("benchmark-check", dataSource).listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                int batch = execution.isBatch() ? batches.incrementAndGet() : 0;
                for (QueryInfo query : queries) {
                    sent.add(new Sent(query.getQuery(), Math.max(1, query.getParametersList().size()), batch));
                }
            }
        }).build();
    }

    /** Records one statement sent by other means than JDBC (Hibernate Reactive's statement inspector). */
    public void record(String sql) {
        sent.add(new Sent(sql, 1, 0));
    }

    public void reset() {
        sent.clear();
    }

    public List<Sent> statements() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** Executions of statements starting with this verb (select, insert, update …); a batch of 1,000 counts 1,000. */
    public int count(String verb) {
        return statements().stream().filter(s -> s.verb().equals(verb)).mapToInt(Sent::executions).sum();
    }

    /** Executions of every statement. */
    public int total() {
        return statements().stream().mapToInt(Sent::executions).sum();
    }

    /** How many executeBatch calls were made. */
    public long batches() {
        return statements().stream().filter(s -> s.batch() > 0).map(Sent::batch).distinct().count();
    }

    /** Fails the benchmark, listing what was sent, unless the operation did what it should. */
    public void require(boolean holds, String what) {
        if (!holds) {
            throw new WrongOperation(what + "; the operation sent " + listing());
        }
    }

    public String listing() {
        List<Sent> all = statements();
        String head = all.stream().limit(12).map(s -> s.executions() > 1 || s.batch() > 0
                ? s.sql() + " ×" + s.executions() + (s.batch() > 0 ? " (batch " + s.batch() + ")" : "") : s.sql())
                .collect(Collectors.joining("\n  ", all.size() + " statements:\n  ", ""));
        return all.size() > 12 ? head + "\n  … " + (all.size() - 12) + " more" : head;
    }

    /** A benchmark's operation did not send what it should: measuring it would measure the wrong thing. */
    public static final class WrongOperation extends IllegalStateException {
        WrongOperation(String message) {
            super(message);
        }
    }
}

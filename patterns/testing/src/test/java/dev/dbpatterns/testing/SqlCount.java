package dev.dbpatterns.testing;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.opentest4j.AssertionFailedError;

/**
 * lesson-kit's {@code sql.expect().selects(1)} for your own project, in one small class on plain
 * datasource-proxy: wrap the pool with {@code ProxyDataSourceBuilder.create("club", pool).countQuery()},
 * call {@link #reset()} before the code under test, then assert. The counts are per thread: what
 * another thread sends is not in them.
 */
// tag::sql-count[]
final class SqlCount {
    private final String dataSource;

    private SqlCount(String dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets what this thread sent so far: call it after the set-up, before the code under test. */
    static void reset() {
        QueryCountHolder.clear();
    }

    /** What this thread sent through the proxy named so, since the last reset. */
    static SqlCount on(String dataSource) {
        return new SqlCount(dataSource);
    }

    SqlCount selects(int expected) {
        return check("SELECT", expected, counts().getSelect());
    }

    SqlCount inserts(int expected) {
        return check("INSERT", expected, counts().getInsert());
    }

    SqlCount updates(int expected) {
        return check("UPDATE", expected, counts().getUpdate());
    }

    private QueryCount counts() {
        QueryCount counts = QueryCountHolder.get(dataSource);
        return counts != null ? counts : new QueryCount();   // nothing sent yet on this thread
    }

    private SqlCount check(String kind, int expected, long actual) {
        if (actual != expected) {
            throw new AssertionFailedError("expected " + expected + " " + kind + " but " + actual + " were sent", expected, actual);
        }
        return this;
    }
}
// end::sql-count[]

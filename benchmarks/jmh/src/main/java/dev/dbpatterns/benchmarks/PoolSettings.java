package dev.dbpatterns.benchmarks;

import java.util.Map;

/** The pool settings every benchmark uses; the results file records them beside the numbers. */
public final class PoolSettings {
    /** Lookups and batch inserts run one thread on a pool this size. */
    public static final int SINGLE_THREAD_POOL_SIZE = 2;
    /** The borrow benchmark's pools (HikariCP and MyBatis's PooledDataSource). */
    public static final int BORROW_POOL_SIZE = 4;
    /** The threads of the pool-size curve: more than any pool below 64 can serve at once. */
    public static final int CURVE_THREADS = 16;
    /** Benchmark 5: this many lookups at once share a pool of {@link #CONCURRENT_POOL_SIZE}. */
    public static final int CONCURRENT_LOOKUPS = 1_000;
    public static final int CONCURRENT_POOL_SIZE = 10;
    public static final int CONNECTION_TIMEOUT_MS = 30_000;
    /** Rows per JDBC batch, for raw JDBC, MyBatis and Hibernate alike ({@code hibernate.jdbc.batch_size}). */
    public static final int BATCH_SIZE = 1_000;

    private PoolSettings() {
    }

    public static Map<String, Object> describe() {
        return Map.of(
                "pool", "HikariCP, minimumIdle = maximumPoolSize, connectionTimeout " + CONNECTION_TIMEOUT_MS + " ms",
                "singleThreadPoolSize", SINGLE_THREAD_POOL_SIZE,
                "borrowPoolSize", BORROW_POOL_SIZE,
                "curveThreads", CURVE_THREADS,
                "concurrentLookups", CONCURRENT_LOOKUPS,
                "concurrentPoolSize", CONCURRENT_POOL_SIZE,
                "batchSize", BATCH_SIZE);
    }
}

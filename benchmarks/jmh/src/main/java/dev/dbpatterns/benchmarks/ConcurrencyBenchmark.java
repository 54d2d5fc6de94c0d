package dev.dbpatterns.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: 1,000 lookups at once on a HikariCP pool of 10, a thread per lookup; the ratio table
 * divides by rawJdbcVirtual. Hibernate Reactive's row comes from benchmarks/reactive, a module of
 * its own because it needs Hibernate ORM 7.1 (see its README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class ConcurrencyBenchmark {
    @Param("h2")
    public String db;
    @Param({"rawJdbcVirtual", "hibernatePlatform", "hibernateVirtual"})
    public String style;

    private BenchDatabase database;
    private ConcurrentLookups.Burst burst;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        HikariDataSource pool = database.pool(PoolSettings.CONCURRENT_POOL_SIZE);
        SentSql sent = new SentSql();
        try (ConcurrentLookups.Burst counted = ConcurrentLookups.open(style, sent.counting(pool))) {
            ConcurrentLookups.check(style, counted, sent);
        }
        burst = ConcurrentLookups.open(style, pool);
    }

    @Benchmark
    public List<ConcurrentLookups.Done> thousandLookups() throws Exception {
        return burst.run();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        burst.close();
        database.close();
    }
}

package dev.dbpatterns.benchmarks;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3b: the throughput of {@link PoolSettings#CURVE_THREADS} threads running the mixed
 * workload through a HikariCP pool of each size: the curve the pooling page shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(PoolSettings.CURVE_THREADS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class PoolSizeBenchmark {
    @Param("h2")
    public String db;
    @Param({"1", "2", "4", "8", "16", "64"})
    public int poolSize;

    private BenchDatabase database;
    private DataSource pool;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        pool = database.pool(poolSize);
        SentSql sent = new SentSql();
        DataSource counted = sent.counting(pool);
        MixedWorkload.check(() -> MixedWorkload.run(counted, ThreadLocalRandom.current()), sent);
    }

    @Benchmark
    public long mixedWorkload() throws Exception {
        return MixedWorkload.run(pool, ThreadLocalRandom.current());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        database.close();
    }
}

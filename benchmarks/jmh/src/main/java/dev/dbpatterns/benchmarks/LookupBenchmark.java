package dev.dbpatterns.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

/** Benchmark 1: one author by primary key, on one thread; the ratio table divides each style by rawJdbc. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class LookupBenchmark {
    @Param("h2")
    public String db;
    @Param({"rawJdbc", "myBatis", "hibernateFind", "hibernateQuery"})
    public String style;

    private BenchDatabase database;
    private Lookups.AuthorLookup lookup;
    private long next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        DataSource pool = database.pool(PoolSettings.SINGLE_THREAD_POOL_SIZE);
        SentSql sent = new SentSql();
        try (Lookups.AuthorLookup counted = Lookups.open(style, sent.counting(pool))) {
            Lookups.check(counted, sent);
        }
        lookup = Lookups.open(style, pool);
    }

    @Benchmark
    public String lookup() throws Exception {
        next = next % Schema.AUTHORS + 1;
        return lookup.nameOf(next);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        lookup.close();
        database.close();
    }
}

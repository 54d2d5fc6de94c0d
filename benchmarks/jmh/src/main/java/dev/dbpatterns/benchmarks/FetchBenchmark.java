package dev.dbpatterns.benchmarks;

import java.util.List;
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

/** Benchmark 4: 100 authors × 10 books by each fetch plan; the ratio table divides by rawJdbcJoin. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class FetchBenchmark {
    @Param("h2")
    public String db;
    @Param({"rawJdbcJoin", "myBatisNPlusOne", "myBatisNestedResults", "hibernateNPlusOne", "hibernateJoinFetch", "hibernateBatchFetch"})
    public String style;

    private BenchDatabase database;
    private Fetches.AuthorsWithBooks fetch;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        DataSource pool = database.pool(PoolSettings.SINGLE_THREAD_POOL_SIZE);
        SentSql sent = new SentSql();
        try (Fetches.AuthorsWithBooks counted = Fetches.open(style, sent.counting(pool))) {
            Fetches.check(style, counted, sent);
        }
        fetch = Fetches.open(style, pool);
    }

    @Benchmark
    public List<AuthorRow> authorsWithBooks() throws Exception {
        return fetch.read();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        fetch.close();
        database.close();
    }
}

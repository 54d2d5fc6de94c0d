package dev.dbpatterns.benchmarks;

import java.sql.Connection;
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
import org.openjdk.jmh.infra.Blackhole;

/** Benchmark 3a: borrow a connection and give it back, on one thread; the ratio table divides by hikari. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class PoolBorrowBenchmark {
    @Param("h2")
    public String db;
    @Param({"hikari", "myBatisPooled", "newConnection"})
    public String style;

    private BenchDatabase database;
    private Borrows.ConnectionSource source;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        source = Borrows.open(style, database);
        Borrows.check(Borrows.isPooled(style), source, database, new SentSql());
    }

    @Benchmark
    public void borrowAndReturn(Blackhole blackhole) throws Exception {
        try (Connection connection = source.get()) {
            blackhole.consume(connection);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        source.close();
        database.close();
    }
}

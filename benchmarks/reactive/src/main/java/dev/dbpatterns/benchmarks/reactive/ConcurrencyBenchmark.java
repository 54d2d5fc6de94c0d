package dev.dbpatterns.benchmarks.reactive;

import dev.dbpatterns.benchmarks.BenchDatabase;
import dev.dbpatterns.benchmarks.ConcurrentLookups;
import dev.dbpatterns.benchmarks.SentSql;
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
 * Benchmark 5's Hibernate Reactive row, with the same name, settings and unit as benchmarks/jmh's
 * {@code ConcurrencyBenchmark}, so the ratio table puts it beside the thread styles of the same
 * database and run. PostgreSQL and MariaDB only: there is no Vert.x client for H2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class ConcurrencyBenchmark {
    @Param("postgres")
    public String db;
    @Param(ReactiveLookups.STYLE)
    public String style;

    private BenchDatabase database;
    private ConcurrentLookups.Burst burst;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, false);
        SentSql sent = new SentSql();
        try (ConcurrentLookups.Burst counted = new ReactiveLookups(ReactiveSetup.sessionFactory(database, sent::record))) {
            ReactiveLookups.check(counted, sent);
        }
        burst = new ReactiveLookups(ReactiveSetup.sessionFactory(database, null));
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

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

/**
 * Benchmark 2: 10,000 rows in one transaction, one insert per measured shot, into emptied tables.
 * {@code rewrite} turns on PostgreSQL's reWriteBatchedInserts and MariaDB's bulk protocol; it
 * means nothing on H2, where the runner passes only {@code false}. It changes only batches, so on
 * PostgreSQL and MariaDB the runner runs {@code rewrite=true} for the batching styles alone
 * ({@code jdbcBatch}, {@code myBatisBatch}, {@code hibernateSequence}): row by row and identity ids
 * send no batch to rewrite. The check inserts 10,000 rows too, so it warms the same code up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=slf4j")
public class BatchInsertBenchmark {
    @Param("h2")
    public String db;
    @Param({"rowByRow", "jdbcBatch", "myBatisBatch", "hibernateSequence", "hibernateIdentity"})
    public String style;
    @Param({"false", "true"})
    public boolean rewrite;

    private BenchDatabase database;
    private Inserts.ItemInsert insert;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        database = BenchDatabase.create(db, rewrite);
        DataSource pool = database.pool(PoolSettings.SINGLE_THREAD_POOL_SIZE);
        SentSql sent = new SentSql();
        try (Inserts.ItemInsert counted = Inserts.open(style, sent.counting(pool))) {
            Inserts.check(style, counted, database, sent);
        }
        insert = Inserts.open(style, pool);
    }

    @Setup(Level.Iteration)
    public void emptyTables() throws Exception {
        Schema.empty(database, "identity_item");
        Schema.empty(database, "sequenced_item");
    }

    @Benchmark
    public void insert() throws Exception {
        insert.insert(Inserts.ROWS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        insert.close();
        database.close();
    }
}

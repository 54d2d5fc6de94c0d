package dev.dbpatterns.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** The runner's projection counts the trials JMH will run, from JMH's own list, and their iterations. */
class ProjectionTest {
    private static Projection.Estimate estimate(String... args) throws Exception {
        return Projection.estimate(BenchmarkList.fromFile("target/classes/META-INF/BenchmarkList"), new CommandLineOptions(args));
    }

    @Test
    @DisplayName("A database's run is 27 trials; the servers' rewritten batches 3 more; --quick's options shrink it")
    void countsTheTrialsOfEachInvocation() throws Exception {
        Projection.Estimate h2 = estimate("-p", "db=h2", "-p", "rewrite=false");
        // 4 lookups, 5 inserts, 3 borrows, 6 pool sizes, 6 fetch plans, 3 concurrency styles
        assertThat(h2.trials()).isEqualTo(27);
        // 22 time-based trials, each one warm-up second and five of 0.4 s
        assertThat(h2.iterationSeconds()).isCloseTo(22 * 3.0, org.assertj.core.data.Offset.offset(1e-9));

        Projection.Estimate rewritten = estimate("BatchInsertBenchmark", "-p", "db=postgres", "-p", "rewrite=true",
                "-p", "style=jdbcBatch,myBatisBatch,hibernateSequence");
        assertThat(rewritten.trials()).isEqualTo(3);
        assertThat(rewritten.iterationSeconds()).isZero();
        assertThat(rewritten.otherSeconds()).as("single shots and setup").isGreaterThan(0);

        Projection.Estimate quick = estimate("-p", "db=h2", "-p", "rewrite=false", "-f", "0", "-wi", "0", "-i", "1", "-r", "200ms",
                "-p", "poolSize=1,16");
        assertThat(quick.trials()).isEqualTo(23);
        assertThat(quick.seconds()).isLessThan(h2.seconds() / 4);
    }
}

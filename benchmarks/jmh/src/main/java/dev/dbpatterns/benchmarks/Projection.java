package dev.dbpatterns.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How long benchmarks/run will take, before it starts: JMH's own iteration counts and times for
 * every trial the run's JMH invocations select (annotations, overridden by the command line), plus
 * what a trial spends outside its iterations and what a single shot takes, measured on a run.
 *
 * <pre>Projection "BENCHMARK_LIST_FILE JMH_ARGS…"…   (one argument per JMH invocation, words split on spaces)</pre>
 */
public final class Projection {
    /**
     * A forked trial's time outside its iterations on an idle 2-core machine: the JVM, a fresh seeded
     * database, the framework's bootstrap (twice, for the check and for measuring) and the check.
     * An estimate: the machine these were written on was never idle; at load 21 a trial took about
     * 40 s (README), and this is that time scaled down by the load (2 cores / 21), rounded up.
     */
    static final double TRIAL_SETUP_SECONDS = 4;
    /** The same without a fork (--quick runs all trials in one JVM, so only the first pays the bootstrap). */
    static final double UNFORKED_SETUP_SECONDS = 1;
    /** One 10,000-row insert (the check's too), averaged over the styles and databases, idle machine; as above. */
    static final double SINGLE_SHOT_SECONDS = 1;

    record Estimate(int trials, double iterationSeconds, double otherSeconds) {
        Estimate plus(Estimate other) {
            return new Estimate(trials + other.trials, iterationSeconds + other.iterationSeconds, otherSeconds + other.otherSeconds);
        }

        double seconds() {
            return iterationSeconds + otherSeconds;
        }
    }

    private Projection() {
    }

    public static void main(String[] invocations) throws Exception {
        Estimate total = new Estimate(0, 0, 0);
        for (String invocation : invocations) {
            String[] words = invocation.trim().split("\\s+");
            total = total.plus(estimate(BenchmarkList.fromFile(words[0]), new CommandLineOptions(
                    Arrays.copyOfRange(words, 1, words.length))));
        }
        System.out.printf(Locale.ROOT, "%d trials; JMH's iterations %s, forks, setup, checks and single shots about %s:"
                        + " about %s on an idle 2-core machine%n",
                total.trials(), minutes(total.iterationSeconds()), minutes(total.otherSeconds()), minutes(total.seconds()));
    }

    static Estimate estimate(BenchmarkList list, CommandLineOptions options) {
        Estimate estimate = new Estimate(0, 0, 0);
        var format = OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT);
        for (BenchmarkListEntry entry : list.find(format, options.getIncludes(), options.getExcludes())) {
            int trials = 1;
            for (Map.Entry<String, String[]> param : entry.getParams().orElse(Map.of()).entrySet()) {
                var given = options.getParameter(param.getKey()); // JMH's own Optional, without map
                trials *= given.hasValue() ? given.get().size() : param.getValue().length;
            }
            int forks = options.getForkCount().orElse(entry.getForks().orElse(Defaults.MEASUREMENT_FORKS));
            int warmups = options.getWarmupIterations().orElse(entry.getWarmupIterations().orElse(Defaults.WARMUP_ITERATIONS));
            int measured = options.getMeasurementIterations().orElse(entry.getMeasurementIterations().orElse(Defaults.MEASUREMENT_ITERATIONS));
            double setup = forks == 0 ? UNFORKED_SETUP_SECONDS : Math.max(1, forks) * TRIAL_SETUP_SECONDS;
            if (entry.getMode() == Mode.SingleShotTime) {
                double shots = Math.max(1, forks) * (warmups + measured + 1); // + 1: the check inserts as much
                estimate = estimate.plus(new Estimate(trials, 0, trials * (setup + shots * SINGLE_SHOT_SECONDS)));
            } else {
                double warmup = seconds(options.getWarmupTime().orElse(entry.getWarmupTime().orElse(Defaults.WARMUP_TIME)));
                double measure = seconds(options.getMeasurementTime().orElse(entry.getMeasurementTime().orElse(Defaults.MEASUREMENT_TIME)));
                double iterations = Math.max(1, forks) * (warmups * warmup + measured * measure);
                estimate = estimate.plus(new Estimate(trials, trials * iterations, trials * setup));
            }
        }
        return estimate;
    }

    private static double seconds(TimeValue time) {
        return time.convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    }

    static String minutes(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}

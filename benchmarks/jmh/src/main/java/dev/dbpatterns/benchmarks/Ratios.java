package dev.dbpatterns.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a results file and prints, for each benchmark, each style's time as a ratio to raw JDBC
 * (or the named baseline) on the same database in the same run, with error bars: the JMH error
 * (99.9% confidence) of both scores, propagated. With {@code --adoc DIR} it writes the same
 * tables as AsciiDoc for the docs pages. It is the only source of the numbers the docs quote.
 *
 * <pre>Ratios RESULTS.json [--adoc DIR]</pre>
 *
 * RESULTS may be a folder: the newest full run in it (by name, {@code <date>-<host>.json}) is read.
 * The module's build does that with benchmarks/results, so the docs show the committed numbers.
 */
public final class Ratios {
    /**
     * What a benchmark's rows are compared with: the row whose {@code param} is {@code baseline}, or
     * the best when null. {@code page} is the docs page that shows it; {@code serverStyle}, when not
     * null, is a style measured on PostgreSQL and MariaDB only, which the page needs there.
     */
    record Comparison(String benchmark, String title, String param, String baseline, String page, String serverStyle) {
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("LookupBenchmark", "Lookup by primary key", "style", "rawJdbc", "repository", null),
            new Comparison("BatchInsertBenchmark", "Insert 10,000 rows in one transaction", "style", "jdbcBatch", "repository", null),
            new Comparison("PoolBorrowBenchmark", "Borrow a connection and return it", "style", "hikari", "pooling", null),
            new Comparison("PoolSizeBenchmark", "Mixed workload, " + PoolSettings.CURVE_THREADS
                    + " threads, by HikariCP pool size (throughput)", "poolSize", null, "pooling", null),
            new Comparison("FetchBenchmark", "100 authors with their 10 books each", "style", "rawJdbcJoin", "repository", null),
            new Comparison("ConcurrencyBenchmark", String.format(Locale.ROOT, "%,d lookups at once on a pool of %d",
                    PoolSettings.CONCURRENT_LOOKUPS, PoolSettings.CONCURRENT_POOL_SIZE), "style", "rawJdbcVirtual", "async",
                    "hibernateReactive"));

    static final List<String> DATABASES = List.of("h2", "postgres", "mariadb");

    /** One measured benchmark: its score with JMH's error, and allocation per operation. */
    record Score(String benchmark, Map<String, String> params, double score, double error, String unit, double bytesPerOp) {
        String db() {
            return params.get("db");
        }

        /** The other parameters (rewrite=true …), which split a table into groups. */
        String group(String compared) {
            StringBuilder group = new StringBuilder();
            params.forEach((key, value) -> {
                if (!key.equals("db") && !key.equals(compared)) {
                    group.append(group.isEmpty() ? "" : " ").append(key).append('=').append(value);
                }
            });
            return group.toString();
        }

        boolean higherIsBetter() {
            return unit.endsWith("/s");
        }
    }

    /** a ÷ b with the relative errors of both added in quadrature. */
    record Ratio(double value, double error) {
        static Ratio of(double a, double errorA, double b, double errorB) {
            double value = a / b;
            double relative = Math.sqrt(square(errorA / a) + square(errorB / b));
            return new Ratio(value, value * relative);
        }

        private static double square(double x) {
            return Double.isNaN(x) ? 0 : x * x;
        }

        String format() {
            return Double.isNaN(error) || error == 0 ? String.format(Locale.ROOT, "%.2f", value)
                    : String.format(Locale.ROOT, "%.2f ± %.2f", value, error);
        }
    }

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--adoc"))) {
            System.err.println("usage: Ratios RESULTS.json [--adoc DIR]");
            System.exit(2);
        }
        Optional<Path> file = resultsFile(Path.of(args[0]));
        if (args.length == 3) {
            Path dir = Path.of(args[2]);
            Files.createDirectories(dir);
            if (file.isEmpty()) {
                for (Comparison comparison : COMPARISONS) {
                    Files.writeString(dir.resolve(comparison.benchmark() + ".adoc"), NumbersPage.NONE);
                }
                Files.writeString(dir.resolve("machine.adoc"), NumbersPage.NONE);
                return;
            }
        }
        if (file.isEmpty()) {
            System.err.println("ratios: no results file at " + args[0]);
            System.exit(2);
        }
        JsonObject results = JsonParser.parseString(Files.readString(file.get())).getAsJsonObject();
        List<Score> scores = scores(results);
        if (args.length == 3) {
            List<String> missing = missing(scores);
            if (!missing.isEmpty()) {
                System.err.println("ratios: " + file.get() + " lacks what the docs' Numbers sections show:\n  "
                        + String.join("\n  ", missing) + "\nRun `benchmarks/run --db all` and commit the results file it writes"
                        + " (benchmarks/jmh/README.md).");
                System.exit(1);
            }
            Path dir = Path.of(args[2]);
            for (Comparison comparison : COMPARISONS) {
                Files.writeString(dir.resolve(comparison.benchmark() + ".adoc"), NumbersPage.table(comparison, scores, results));
            }
            Files.writeString(dir.resolve("machine.adoc"), NumbersPage.machine(results));
            return;
        }
        System.out.println(NumbersPage.machine(results).strip());
        for (Comparison comparison : COMPARISONS) {
            printTable(comparison, scores);
        }
        ClosingNote.print(scores, results);
    }

    /**
     * What a docs page needs and the results lack: each comparison on every database the run
     * measured, and its server-only style on PostgreSQL and MariaDB.
     */
    static List<String> missing(List<Score> scores) {
        List<String> missing = new ArrayList<>();
        List<String> measured = DATABASES.stream().filter(db -> scores.stream().anyMatch(s -> s.db().equals(db))).toList();
        for (Comparison comparison : COMPARISONS) {
            for (String db : measured) {
                List<Score> rows = scores.stream().filter(s -> s.benchmark().equals(comparison.benchmark()) && s.db().equals(db)).toList();
                String page = " (docs page patterns/" + comparison.page() + ".adoc)";
                if (rows.isEmpty()) {
                    missing.add(comparison.benchmark() + " on " + db + page);
                } else if (comparison.serverStyle() != null && !db.equals("h2")
                        && rows.stream().noneMatch(s -> comparison.serverStyle().equals(s.params().get(comparison.param())))) {
                    missing.add(comparison.benchmark() + " " + comparison.param() + "=" + comparison.serverStyle() + " on " + db + page);
                }
            }
        }
        return missing;
    }

    /** The file itself, or the newest full run in a folder. */
    static Optional<Path> resultsFile(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.exists(path) ? Optional.of(path) : Optional.empty();
        }
        try (var files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().endsWith("-quick.json"))
                    .max(java.util.Comparator.comparing(f -> f.getFileName().toString()));
        }
    }

    static List<Score> scores(JsonObject results) {
        List<Score> scores = new ArrayList<>();
        for (JsonElement element : results.getAsJsonArray("benchmarks")) {
            JsonObject run = element.getAsJsonObject();
            String name = run.get("benchmark").getAsString();
            String benchmark = name.substring(0, name.lastIndexOf('.'));
            benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Map<String, String> params = new TreeMap<>();
            run.getAsJsonObject("params").entrySet().forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
            JsonObject primary = run.getAsJsonObject("primaryMetric");
            double bytes = Double.NaN;
            JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
            if (secondary != null) {
                for (var metric : secondary.entrySet()) {
                    if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                        bytes = metric.getValue().getAsJsonObject().get("score").getAsDouble();
                    }
                }
            }
            scores.add(new Score(benchmark, params, primary.get("score").getAsDouble(),
                    number(primary.get("scoreError")), primary.get("scoreUnit").getAsString(), bytes));
        }
        return scores;
    }

    private static double number(JsonElement element) {
        try {
            return element.getAsDouble();
        } catch (RuntimeException notANumber) {
            return Double.NaN;
        }
    }

    /** The rows of one comparison on one database, grouped by their other parameters, each with its ratio. */
    static Map<String, List<Map.Entry<Score, Ratio>>> rows(Comparison comparison, List<Score> scores, String db) {
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        scores.stream().filter(s -> s.benchmark().equals(comparison.benchmark()) && s.db().equals(db))
                .forEach(s -> groups.computeIfAbsent(s.group(comparison.param()), g -> new ArrayList<>()).add(s));
        Map<String, List<Map.Entry<Score, Ratio>>> rows = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            Optional<Score> baseline = comparison.baseline() == null
                    ? members.stream().max((a, b) -> Double.compare(a.score(), b.score()))
                    : members.stream().filter(s -> s.params().get(comparison.param()).equals(comparison.baseline())).findFirst();
            List<Map.Entry<Score, Ratio>> entries = new ArrayList<>();
            for (Score score : members) {
                // The baseline's own row is 1 by definition, with no error of its own to show.
                Ratio ratio = baseline.map(b -> b == score ? new Ratio(1, 0) : Ratio.of(score.score(), score.error(), b.score(), b.error()))
                        .orElse(new Ratio(Double.NaN, Double.NaN));
                entries.add(Map.entry(score, ratio));
            }
            rows.put(group, entries);
        });
        return rows;
    }

    static String baselineName(Comparison comparison) {
        return comparison.baseline() == null ? "the best " + comparison.param() : comparison.baseline();
    }

    private static void printTable(Comparison comparison, List<Score> scores) {
        boolean any = scores.stream().anyMatch(s -> s.benchmark().equals(comparison.benchmark()));
        if (!any) {
            return;
        }
        System.out.printf(Locale.ROOT, "%n%s (%s): ratio to %s on the same database%n", comparison.title(),
                comparison.benchmark(), baselineName(comparison));
        System.out.printf(Locale.ROOT, "  %-9s %-15s %-18s %26s %12s  %s%n", "db", "", comparison.param(), "score", "alloc/op", "ratio");
        for (String db : DATABASES) {
            rows(comparison, scores, db).forEach((group, entries) -> entries.forEach(entry -> {
                Score score = entry.getKey();
                System.out.printf(Locale.ROOT, "  %-9s %-15s %-18s %26s %12s  %s%n", db, group,
                        score.params().get(comparison.param()), NumbersPage.score(score), NumbersPage.bytes(score.bytesPerOp()),
                        entry.getValue().format());
            }));
        }
    }
}

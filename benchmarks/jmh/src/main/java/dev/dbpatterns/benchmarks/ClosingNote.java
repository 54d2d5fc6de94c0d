package dev.dbpatterns.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dbpatterns.benchmarks.Ratios.Ratio;
import dev.dbpatterns.benchmarks.Ratios.Score;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The ratios issue 16's closing note asks for, on PostgreSQL, from one results file. */
final class ClosingNote {
    private ClosingNote() {
    }

    static void print(List<Score> scores, JsonObject results) {
        if (scores.stream().noneMatch(s -> s.db().equals("postgres"))) {
            return;
        }
        System.out.println("\nOn PostgreSQL (ratio ± propagated 99.9% error):");
        Optional<Score> raw = find(scores, "LookupBenchmark", Map.of("style", "rawJdbc"));
        JsonObject pgbench = results.getAsJsonObject("pgbench");
        if (pgbench.has("missing")) {
            line("raw JDBC lookup ÷ pgbench -S (1 client)", "not measured: " + pgbench.get("missing").getAsString());
        } else if (raw.isPresent()) {
            JsonArray latency = pgbench.getAsJsonArray("latencyMs");
            double sum = 0, min = Double.MAX_VALUE, max = 0;
            for (var l : latency) {
                sum += l.getAsDouble();
                min = Math.min(min, l.getAsDouble());
                max = Math.max(max, l.getAsDouble());
            }
            double microseconds = 1000 * sum / latency.size();
            double spread = 1000 * (max - min) / 2;
            line("raw JDBC lookup ÷ pgbench -S (1 client)", Ratio.of(raw.get().score(), raw.get().error(), microseconds, spread).format()
                    + String.format(Locale.ROOT, "   (pgbench %.1f µs per select, %d runs)", microseconds, latency.size()));
        }
        ratio(scores, "MyBatis lookup ÷ raw JDBC lookup", "LookupBenchmark", Map.of("style", "myBatis"), Map.of("style", "rawJdbc"));
        ratio(scores, "Hibernate find ÷ raw JDBC lookup", "LookupBenchmark", Map.of("style", "hibernateFind"), Map.of("style", "rawJdbc"));
        ratio(scores, "Hibernate query ÷ raw JDBC lookup", "LookupBenchmark", Map.of("style", "hibernateQuery"), Map.of("style", "rawJdbc"));
        for (String rewrite : List.of("false", "true")) {
            String suffix = " (reWriteBatchedInserts=" + rewrite + ")";
            // Row by row sends no batch, so rewriting cannot change it: it runs with rewrite=false only.
            ratio(scores, "JDBC batch ÷ row by row" + suffix, "BatchInsertBenchmark",
                    Map.of("style", "jdbcBatch", "rewrite", rewrite), Map.of("style", "rowByRow", "rewrite", "false"));
            List<String> styles = rewrite.equals("false") ? List.of("myBatisBatch", "hibernateSequence", "hibernateIdentity")
                    : List.of("myBatisBatch", "hibernateSequence");
            for (String style : styles) {
                ratio(scores, style + " ÷ JDBC batch" + suffix, "BatchInsertBenchmark",
                        Map.of("style", style, "rewrite", rewrite), Map.of("style", "jdbcBatch", "rewrite", rewrite));
            }
        }
        ratio(scores, "new connection ÷ HikariCP borrow", "PoolBorrowBenchmark", Map.of("style", "newConnection"), Map.of("style", "hikari"));
        ratio(scores, "MyBatis PooledDataSource ÷ HikariCP borrow", "PoolBorrowBenchmark", Map.of("style", "myBatisPooled"), Map.of("style", "hikari"));
    }

    private static void ratio(List<Score> scores, String label, String benchmark, Map<String, String> a, Map<String, String> b) {
        Optional<Score> top = find(scores, benchmark, a);
        Optional<Score> bottom = find(scores, benchmark, b);
        if (top.isPresent() && bottom.isPresent()) {
            line(label, Ratio.of(top.get().score(), top.get().error(), bottom.get().score(), bottom.get().error()).format());
        } else {
            line(label, "not in this results file");
        }
    }

    private static Optional<Score> find(List<Score> scores, String benchmark, Map<String, String> params) {
        return scores.stream().filter(s -> s.benchmark().equals(benchmark) && s.db().equals("postgres")
                && params.entrySet().stream().allMatch(p -> p.getValue().equals(s.params().get(p.getKey())))).findFirst();
    }

    private static void line(String label, String value) {
        System.out.printf(Locale.ROOT, "  %-58s %s%n", label, value);
    }
}

package dev.dbpatterns.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ratio table divides each style by the baseline of its own database and group, with propagated errors. */
class RatiosTest {
    private static final String RESULTS = """
            {"date": "2026-11-28T01:00:00Z", "host": "box", "mode": "full",
             "environment": {"cpuModel": "cpu", "cpus": 2, "loadAverageAtStart": "1 1 1", "loadAverageAtEnd": 0.5, "jdk": "jdk",
                             "databases": {"h2": "H2 2.3", "postgres": "PostgreSQL 15"}},
             "benchmarks": [
              %s, %s, %s
             ]}""".formatted(
            run("LookupBenchmark.lookup", "postgres", "rawJdbc", 100, 10),
            run("LookupBenchmark.lookup", "postgres", "myBatis", 150, 15),
            run("LookupBenchmark.lookup", "h2", "myBatis", 30, 3));

    private static String run(String benchmark, String db, String style, double score, double error) {
        return """
                {"benchmark": "dev.dbpatterns.benchmarks.%s", "params": {"db": "%s", "style": "%s"},
                 "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "us/op"},
                 "secondaryMetrics": {"·gc.alloc.rate.norm": {"score": 2048}}}""".formatted(benchmark, db, style, score, error);
    }

    @Test
    @DisplayName("A style's ratio is its score over raw JDBC's on the same database, errors added in quadrature")
    void ratioToRawJdbcOnTheSameDatabase() {
        JsonObject results = JsonParser.parseString(RESULTS).getAsJsonObject();
        var rows = Ratios.rows(Ratios.COMPARISONS.get(0), Ratios.scores(results), "postgres").get("");
        Map.Entry<Ratios.Score, Ratios.Ratio> myBatis = rows.get(1);
        assertThat(myBatis.getKey().params()).containsEntry("style", "myBatis");
        assertThat(myBatis.getValue().value()).isEqualTo(1.5);
        assertThat(myBatis.getValue().error()).isCloseTo(1.5 * Math.sqrt(0.01 + 0.01), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(myBatis.getKey().bytesPerOp()).isEqualTo(2048);
        // H2 has no rawJdbc row in this file: its ratio is unknown, never borrowed from PostgreSQL's.
        var h2 = Ratios.rows(Ratios.COMPARISONS.get(0), Ratios.scores(results), "h2").get("");
        assertThat(h2.get(0).getValue().value()).isNaN();
    }

    @Test
    @DisplayName("The docs' table names the machine and every row of the comparison")
    void adocTable() {
        JsonObject results = JsonParser.parseString(RESULTS).getAsJsonObject();
        String table = NumbersPage.table(Ratios.COMPARISONS.get(0), Ratios.scores(results), results);
        assertThat(table).contains("|postgres", "|`myBatis`", "1.50 ± 0.21", "2.0 KB").startsWith("// Generated");
        assertThat(NumbersPage.machine(results)).contains("box", "2 CPUs", "load average 1 1 1 at start, 0.50 at the end",
                "Databases: H2 2.3; PostgreSQL 15.");
        assertThat(List.of(NumbersPage.table(Ratios.COMPARISONS.get(2), Ratios.scores(results), results)))
                .allMatch(text -> text.contains("no numbers"));
    }

    @Test
    @DisplayName("A results file that lacks a benchmark a docs page shows, or its reactive row on a server, is named as missing")
    void missingBenchmarksAreNamed() {
        JsonObject results = JsonParser.parseString(RESULTS).getAsJsonObject();
        List<String> missing = Ratios.missing(Ratios.scores(results));
        assertThat(missing).contains("BatchInsertBenchmark on postgres (docs page patterns/repository.adoc)",
                "ConcurrencyBenchmark on h2 (docs page patterns/async.adoc)").noneMatch(m -> m.contains("mariadb"))
                .noneMatch(m -> m.startsWith("LookupBenchmark"));

        String withConcurrency = RESULTS.replace("]}", ", " + run("ConcurrencyBenchmark.thousandLookups", "postgres", "rawJdbcVirtual", 90, 9) + "]}");
        List<String> stillMissing = Ratios.missing(Ratios.scores(JsonParser.parseString(withConcurrency).getAsJsonObject()));
        assertThat(stillMissing).contains("ConcurrencyBenchmark style=hibernateReactive on postgres (docs page patterns/async.adoc)")
                .doesNotContain("ConcurrencyBenchmark on postgres (docs page patterns/async.adoc)");
    }
}

package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The anomaly × level × database table of what this build observed, rewritten after every
 * scenario into {@code target/anomalies/}: {@code anomalies.adoc} for the docs site,
 * {@code anomalies.csv} for anything else, and each scenario's transcript. Expectations never
 * reach it: a cell is what the database did.
 */
final class AnomalyTable {
    static final Path DIRECTORY = Path.of("target", "anomalies");

    private record Column(DatabaseTarget target, Level level) implements Comparable<Column> {
        @Override
        public int compareTo(Column other) {
            return target != other.target ? target.compareTo(other.target) : level.compareTo(other.level);
        }

        String heading() {
            return target.displayName().replace(" (in memory)", "") + " " + level.abbreviation();
        }
    }

    private static final Map<Anomaly, Map<Column, String>> CELLS = new EnumMap<>(Anomaly.class);
    private static final Map<DatabaseTarget, String> VERSIONS = new EnumMap<>(DatabaseTarget.class);

    private AnomalyTable() {
    }

    static synchronized void record(DatabaseTarget target, String version, Anomaly anomaly, Level level,
                                    Observation observation, String transcript) {
        VERSIONS.put(target, version);
        CELLS.computeIfAbsent(anomaly, key -> new TreeMap<>()).put(new Column(target, level), observation.cell());
        write(DIRECTORY.resolve("transcripts").resolve(target.id())
                .resolve(anomaly.code() + "-" + level.abbreviation() + ".txt"), transcript + "\n");
        write(DIRECTORY.resolve("anomalies.adoc"), asciidoc());
        write(DIRECTORY.resolve("anomalies.csv"), csv());
    }

    private static String asciidoc() {
        var columns = CELLS.values().stream().flatMap(cells -> cells.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        StringBuilder text = new StringBuilder()
                .append("// Written by IsolationAnomaliesLesson from what this build observed. Do not edit.\n")
                .append(".Isolation anomalies as observed on ")
                .append(String.join(", ", VERSIONS.values())).append('\n')
                .append("[cols=\"2").append(",1".repeat(columns.size())).append("\", options=\"header\"]\n")
                .append("|===\n|Anomaly");
        columns.forEach(column -> text.append(" |").append(column.heading()));
        text.append('\n');
        CELLS.forEach((anomaly, cells) -> {
            text.append('|').append(anomaly);
            columns.forEach(column -> text.append(" |").append(cells.getOrDefault(column, "")));
            text.append('\n');
        });
        return text.append("|===\n").toString();
    }

    private static String csv() {
        StringBuilder text = new StringBuilder("anomaly,database,version,level,outcome\n");
        CELLS.forEach((anomaly, cells) -> cells.forEach((column, cell) -> text.append(String.join(",",
                anomaly.code(), column.target().id(), quoted(VERSIONS.get(column.target())),
                quoted(column.level().toString()), quoted(cell))).append('\n')));
        return text.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}

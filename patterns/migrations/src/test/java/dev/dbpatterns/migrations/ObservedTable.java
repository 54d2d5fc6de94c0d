package dev.dbpatterns.migrations;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table of what this build observed, rows named by the lesson, a column per database target
 * (and per style where the lesson runs both), written as AsciiDoc to
 * {@code target/lesson-log/<Lesson>/<file>} for the docs page. It is rewritten after every cell,
 * before the lesson asserts anything, so a failing assertion still leaves what was seen; only
 * observations reach it, never expectations.
 */
final class ObservedTable {
    private record Column(DatabaseTarget target, String style) {
        String heading() {
            return (target.displayName().replace(" (in memory)", "") + " " + style).strip();
        }
    }

    private final Path file;
    private final String title;
    private final String corner;
    private final List<String> rows;
    private final Map<Column, Map<String, String>> cells = new TreeMap<>(
            Comparator.comparing(Column::target).thenComparing(Column::style));

    /**
     * @param corner the heading of the first column
     * @param rows   the first column, in the order the table shows them, whichever test records first
     */
    ObservedTable(Class<?> lesson, String fileName, String title, String corner, List<String> rows) {
        this.file = Path.of("target", "lesson-log", lesson.getSimpleName(), fileName);
        this.title = title;
        this.corner = corner;
        this.rows = List.copyOf(rows);
    }

    synchronized void record(DatabaseTarget target, String row, String observed) {
        record(target, "", row, observed);
    }

    synchronized void record(DatabaseTarget target, String style, String row, String observed) {
        if (!rows.contains(row)) {
            throw new IllegalArgumentException("No row " + row + " in " + file + ": " + rows);
        }
        cells.computeIfAbsent(new Column(target, style), column -> new HashMap<>()).put(row, observed);
        write();
    }

    private void write() {
        StringBuilder text = new StringBuilder()
                .append("// Written by the lesson from what this build observed. Do not edit.\n")
                .append('.').append(title).append('\n')
                .append("[cols=\"2").append(",2".repeat(cells.size())).append("\", options=\"header\"]\n|===\n|").append(escaped(corner));
        cells.keySet().forEach(column -> text.append(" |").append(column.heading()));
        text.append('\n');
        for (String row : rows) {
            text.append('|').append(escaped(row));
            cells.values().forEach(column -> text.append(" |").append(escaped(column.getOrDefault(row, ""))));
            text.append('\n');
        }
        text.append("|===\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /**
     * A database's words in a cell: a bar would end the cell, a brace would start an attribute, and
     * two underscores (V3__loans…) would start italics.
     */
    private static String escaped(String observed) {
        return observed.replace("|", "\\|").replace("{", "\\{").replace("__", "_{empty}_").replace('\n', ' ');
    }
}

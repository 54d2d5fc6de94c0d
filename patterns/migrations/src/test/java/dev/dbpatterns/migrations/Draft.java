package dev.dbpatterns.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hibernate's draft script as a reviewer reads it: its statements, the tables it creates, and
 * each table's columns, in the terms a migrated schema can be compared in ({@link DeclaredColumn}).
 */
record Draft(List<String> statements) {
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\w+) \\((.*)\\)[^)]*");
    private static final Pattern PRIMARY_KEY = Pattern.compile("primary key \\((.*)\\)");
    private static final Pattern VARCHAR = Pattern.compile(" varchar\\((\\d+)\\)");
    private static final Pattern DEFAULT = Pattern.compile(" default ('[^']*'|\\S+)");

    /** The script's statements, each on one line, lower case: Hibernate formats them over several. */
    static Draft read(Path script) {
        try {
            return new Draft(Arrays.stream(Files.readString(script).split(";"))
                    .map(statement -> statement.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip()
                            .toLowerCase(Locale.ROOT))
                    .filter(statement -> !statement.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Hibernate wrote no draft to " + script, e);
        }
    }

    /** The tables the draft creates, sorted. */
    List<String> tables() {
        return statements.stream().map(CREATE_TABLE::matcher).filter(Matcher::matches).map(table -> table.group(1)).sorted().toList();
    }

    /** The draft's {@code create table} of the table. */
    String createTable(String table) {
        return statements.stream().filter(statement -> statement.startsWith("create table " + table + " "))
                .findFirst().orElseThrow(() -> new AssertionError("The draft creates no table " + table + ": " + statements));
    }

    /** The table's columns by name, as the draft declares them; a primary key's columns take no NULL. */
    Map<String, DeclaredColumn> columns(String table) {
        String statement = createTable(table);
        Matcher create = CREATE_TABLE.matcher(statement);
        if (!create.matches()) {
            throw new AssertionError("Not a create table with its columns in parentheses: " + statement);
        }
        List<String> parts = Arrays.stream(create.group(2).split(", ")).toList(); // no default of this model holds a comma
        Set<String> primaryKey = parts.stream().map(PRIMARY_KEY::matcher).filter(Matcher::matches)
                .flatMap(key -> Arrays.stream(key.group(1).split(",")).map(String::strip)).collect(Collectors.toSet());
        Map<String, DeclaredColumn> columns = new TreeMap<>();
        parts.stream().filter(part -> !part.startsWith("primary key") && !part.startsWith("unique") && !part.startsWith("constraint"))
                .forEach(definition -> {
                    String name = definition.substring(0, definition.indexOf(' '));
                    Matcher varchar = VARCHAR.matcher(definition);
                    Matcher value = DEFAULT.matcher(definition);
                    columns.put(name, new DeclaredColumn(name, !definition.contains(" not null") && !primaryKey.contains(name),
                            varchar.find() ? Integer.valueOf(varchar.group(1)) : null, value.find() ? value.group(1) : null));
                });
        return columns;
    }
}

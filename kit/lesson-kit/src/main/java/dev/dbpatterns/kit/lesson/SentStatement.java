package dev.dbpatterns.kit.lesson;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One thing a lesson sent to the database: a statement (alone or as part of a JDBC batch), or a
 * commit or rollback.
 *
 * @param batch 0 when sent alone, else the number of the {@code executeBatch} call it belonged to
 * @param parameterSets the bound values, one list per execution (several for a batch)
 */
public record SentStatement(Kind kind, String sql, List<List<Object>> parameterSets, int batch, boolean failed) {

    public enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER, COMMIT, ROLLBACK }

    private static final Pattern TABLE = Pattern.compile("^(?:insert into|update|delete from)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    public static SentStatement of(String sql, List<List<Object>> parameterSets, int batch, boolean failed) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return new SentStatement(kindOf(oneLine), oneLine, List.copyOf(parameterSets), batch, failed);
    }

    public static SentStatement transactionEnd(Kind kind) {
        return new SentStatement(kind, kind.name().toLowerCase(Locale.ROOT), List.of(), 0, false);
    }

    /** How many times the statement ran: a batch of three inserts counts three. */
    public int executions() {
        return batch > 0 ? Math.max(1, parameterSets.size()) : 1;
    }

    public boolean isWrite() {
        return kind == Kind.INSERT || kind == Kind.UPDATE || kind == Kind.DELETE;
    }

    /**
     * The statement in a few words: "insert order_line ×3" (a JDBC batch of three rows),
     * "delete shelf" (sent on its own). Enough to assert the order of tables and the batches.
     */
    public String summary() {
        Matcher table = TABLE.matcher(sql);
        String name = table.find() ? table.group(1).toLowerCase(Locale.ROOT) : sql;
        return kind.name().toLowerCase(Locale.ROOT) + " " + name + (isBatched() ? " ×" + executions() : "");
    }

    public boolean isBatched() {
        return batch > 0;
    }

    static Kind kindOf(String sql) {
        String head = sql.replaceAll("^(\\s|\\(|/\\*.*?\\*/)+", "").toLowerCase(Locale.ROOT);
        if (head.startsWith("with ")) {
            // A CTE is named by what its main statement does, which follows the last ')'.
            String main = head.substring(head.lastIndexOf(')') + 1).trim();
            return main.isEmpty() ? Kind.SELECT : kindOf(main);
        }
        for (Kind kind : List.of(Kind.SELECT, Kind.INSERT, Kind.UPDATE, Kind.DELETE)) {
            if (head.startsWith(kind.name().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return Kind.OTHER;
    }

    /** The statement as a line of SQL, with what was bound in a trailing comment. */
    public String render() {
        if (kind == Kind.COMMIT || kind == Kind.ROLLBACK) {
            return sql + ";";
        }
        StringBuilder line = new StringBuilder(sql).append(';');
        String values = parameterSets.stream().filter(set -> !set.isEmpty())
                .limit(5).map(SentStatement::renderSet).collect(Collectors.joining(", "));
        if (isBatched()) {
            line.append("  -- batch of ").append(executions());
            if (!values.isEmpty()) {
                line.append(": ").append(values).append(parameterSets.size() > 5 ? ", …" : "");
            }
        } else if (!values.isEmpty()) {
            line.append("  -- ").append(values);
        }
        if (failed) {
            line.append("  -- failed");
        }
        return line.toString();
    }

    private static String renderSet(List<Object> values) {
        return values.stream().map(SentStatement::renderValue).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String renderValue(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return "'" + text.replace("'", "''") + "'";
    }
}

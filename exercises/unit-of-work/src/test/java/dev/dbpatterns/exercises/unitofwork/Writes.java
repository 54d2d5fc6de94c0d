package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writes a test sent, in order, one entry per JDBC statement or batch: "insert shelf ×1"
 * (a batch of one), "update placement ×3" (a batch of three), "delete shelf" (sent on its own,
 * not in a batch). Enough to assert the order of tables and the batches, without the columns.
 */
final class Writes {
    private static final Set<Kind> WRITES = Set.of(Kind.INSERT, Kind.UPDATE, Kind.DELETE);
    private static final Pattern TABLE = Pattern.compile("^(?:insert into|update|delete from)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private Writes() {
    }

    static List<String> of(SqlLog sql) {
        return sql.statements().stream().filter(sent -> WRITES.contains(sent.kind())).map(Writes::describe).toList();
    }

    private static String describe(SentStatement sent) {
        Matcher table = TABLE.matcher(sent.sql());
        String name = table.find() ? table.group(1).toLowerCase(Locale.ROOT) : sent.sql();
        String kind = sent.kind().name().toLowerCase(Locale.ROOT);
        return kind + " " + name + (sent.isBatched() ? " ×" + sent.executions() : "");
    }
}

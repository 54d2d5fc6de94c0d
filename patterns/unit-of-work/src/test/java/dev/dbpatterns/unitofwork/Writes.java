package dev.dbpatterns.unitofwork;

import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The writes a lesson sent, in order, one entry per JDBC statement or batch: "insert orders ×1",
 * "delete order_line ×2". Enough to assert the order of tables without the columns.
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

    /** Whether every SELECT came before the first write: the unit read all it needed, then wrote. */
    static boolean readsComeFirst(SqlLog sql) {
        List<SentStatement> sent = sql.statements();
        int firstWrite = IntStream.range(0, sent.size()).filter(i -> WRITES.contains(sent.get(i).kind()))
                .findFirst().orElse(sent.size());
        return sent.subList(firstWrite, sent.size()).stream().noneMatch(later -> later.kind() == Kind.SELECT);
    }

    private static String describe(SentStatement sent) {
        Matcher table = TABLE.matcher(sent.sql());
        String name = table.find() ? table.group(1) : sent.sql();
        return sent.kind().name().toLowerCase(Locale.ROOT) + " " + name + (sent.isBatched() ? " ×" + sent.executions() : "");
    }
}

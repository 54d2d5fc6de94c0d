package dev.dbpatterns.migrations;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.List;
import java.util.Locale;

/** Which tables the lesson's schema holds, as the database's information_schema lists them. */
final class Tables {
    private Tables() {
    }

    /** The tables of the class's schema, lower case, sorted; Flyway's history table left out. */
    static List<String> of(LessonDatabase db) {
        String schema = db.target() == DatabaseTarget.H2 ? "PUBLIC" : db.schemaName();
        return db.queryForList(String.class, "select table_name from information_schema.tables"
                        + " where lower(table_schema) = lower(?) and table_type in ('BASE TABLE', 'TABLE')", schema)
                .stream().map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals(History.TABLE))
                .sorted().toList();
    }
}

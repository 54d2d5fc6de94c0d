package dev.dbpatterns.migrations;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Flyway's history table as the database holds it, read with plain SQL: what a lesson asserts is
 * what a DBA would see, not what Flyway's API makes of it.
 */
record History(int rank, String version, String description, String type, Integer checksum, boolean success) {
    static final String TABLE = "flyway_schema_history";

    /**
     * Every migration's row, in the order Flyway installed them. Flyway's own notes (on H2, a row
     * "<< Flyway Schema History table created >>") are left out: they are not migrations. A
     * baseline ("<< Flyway Baseline >>") stays: it stands for the versions up to it.
     */
    static List<History> of(LessonDatabase db) throws Exception {
        List<History> rows = new ArrayList<>();
        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query(db))) {
            while (row.next()) {
                Integer checksum = row.getObject(5) == null ? null : row.getInt(5);
                if (row.getString(3).startsWith("<< ") && !row.getString(4).contains("BASELINE")) {
                    continue;
                }
                rows.add(new History(row.getInt(1), row.getString(2), row.getString(3), row.getString(4), checksum, row.getBoolean(6)));
            }
        }
        return rows;
    }

    /**
     * On H2 Flyway creates the table and its columns under quoted lower-case names, which unquoted
     * ones (upper case there) miss; PostgreSQL takes the same quotes, MariaDB not.
     */
    private static String query(LessonDatabase db) {
        String q = db.target() == DatabaseTarget.MARIADB ? "" : "\"";
        return Stream.of("installed_rank", "version", "description", "type", "checksum", "success")
                .map(column -> q + column + q)
                .collect(Collectors.joining(", ", "select ", " from " + q + TABLE + q + " order by 1"));
    }

    /** "1 SQL ok", "null SQL ok" (a repeatable one), "3 SQL failed": one row in a line an assertion can show. */
    @Override
    public String toString() {
        return version + " " + type + " " + (success ? "ok" : "failed");
    }
}

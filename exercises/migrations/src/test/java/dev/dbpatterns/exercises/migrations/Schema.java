package dev.dbpatterns.exercises.migrations;

import dev.dbpatterns.exercises.migrations.backfill.V8__Card_numbers;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Migrations;
import dev.dbpatterns.kit.lesson.Thrown;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Your migrations, run by Flyway on the test class's schema: emptied, then migrated to the version a test needs. */
final class Schema {
    static final String MODULE = "exercises/migrations";

    static {
        // Flyway logs every failed migration as an ERROR; here failures are planted on purpose, and each
        // test's message already carries Flyway's reason. One logger, so nothing else goes quiet.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbMigrate"))
                .setLevel(ch.qos.logback.classic.Level.OFF);
    }

    private Schema() {
    }

    /** Flyway on the class's schema through the unrecorded pool, so the SQL a test is about stays readable. */
    static Flyway flyway(LessonDatabase db) {
        return flyway(db, db.unrecordedDataSource());
    }

    /** The same through any data source: the recorded one, for a test about the SQL a migration sends. */
    static Flyway flyway(LessonDatabase db, DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(Migrations.locations(db.target(), List.of(MODULE)))
                .placeholders(Migrations.placeholders(db.target()))
                .javaMigrations(new V8__Card_numbers())
                .failOnMissingLocations(false)
                // Each test starts from an empty schema of this class's own; nothing else is ever cleaned.
                .cleanDisabled(false)
                .load();
    }

    /** An empty schema, then every migration up to and including the given version. */
    static void freshAt(LessonDatabase db, String version) {
        Flyway flyway = flyway(db);
        flyway.clean();
        migrateTo(db, version);
    }

    /** Migrates to the version, failing the test with Flyway's reason when a script fails. */
    static void migrateTo(LessonDatabase db, String version) {
        Throwable failed = Thrown.by(() -> Flyway.configure().configuration(flyway(db).getConfiguration())
                .target(version).load().migrate());
        if (failed != null) {
            throw new AssertionError("Migrating to V" + version + " failed. " + reason(failed), failed);
        }
    }

    /** Flyway's own words: which migration failed, and the database's message. */
    static String reason(Throwable failed) {
        return failed instanceof FlywayException ? failed.getMessage().strip() : String.valueOf(failed);
    }

    /** The member table's columns, lower case, each with whether it accepts NULL. */
    static Map<String, Boolean> columns(LessonDatabase db, String table) {
        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            Map<String, Boolean> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.isNullable(i) != ResultSetMetaData.columnNoNulls);
            }
            return columns;
        } catch (SQLException e) {
            throw new AssertionError("Could not read the columns of " + table + ": " + e.getMessage(), e);
        }
    }

    /** The names of the triggers on a table, sorted, from the information schema all three databases have. */
    static List<String> triggersOn(LessonDatabase db, String table) {
        String schema = db.target() == DatabaseTarget.H2 ? "PUBLIC" : db.schemaName();
        return db.queryForList(String.class, "select lower(trigger_name) from information_schema.triggers"
                + " where lower(event_object_table) = ? and lower(trigger_schema) = lower(?) order by 1", table, schema)
                .stream().distinct().toList();
    }

    static String productName(LessonDatabase db) {
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}

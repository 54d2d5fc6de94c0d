package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.PreparedStatement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.output.RepairResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Flyway keeps a checksum (CRC32) of each applied SQL script in its history and compares it with
 * the script on every validate, and so on every migrate: an applied script edited in place is
 * refused, naming its version. {@code repair()} accepts the edit by rewriting the checksum, and
 * nothing else: the schema keeps what the first text made. A Java migration has no checksum, so
 * the same edit to one goes unnoticed.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: an applied script edited is refused by its checksum; repair() realigns; a Java migration has none")
class ChecksumLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
    }

    // tag::mismatch[]
    @Test
    @DisplayName("V1 edited after it ran: validate() and migrate() fail naming version 1; the history keeps the old checksum")
    void editedScriptRefused() throws Exception {
        LessonFlyway.on(db, "checksums/original").load().migrate();
        Integer applied = History.of(db).get(0).checksum();

        Flyway edited = LessonFlyway.on(db, "checksums/edited").load();
        Throwable validate = catchThrowable(edited::validate);
        assertThat(validate).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("Migration checksum mismatch for migration version 1");
        assertThat(catchThrowable(edited::migrate)).as("migrate() validates first")
                .isInstanceOf(FlywayValidateException.class).hasMessageContaining("version 1");
        assertThat(History.of(db).get(0).checksum()).isEqualTo(applied);
    }
    // end::mismatch[]

    // tag::repair[]
    @Test
    @DisplayName("repair() writes the edited script's checksum into the history; validate() passes, and the table is still the one the first text made")
    void repairRealigns() throws Exception {
        LessonFlyway.on(db, "checksums/original").load().migrate();
        Flyway edited = LessonFlyway.on(db, "checksums/edited").load();

        RepairResult repair = edited.repair();
        assertThat(repair.migrationsAligned).extracting(aligned -> aligned.version).containsExactly("1");

        MigrationInfo v1 = edited.info().applied()[0];
        assertThat(History.of(db).get(0).checksum()).isEqualTo(v1.getResolvedChecksum());
        edited.validate();
        assertThat(titleLength()).as("repair() changed the history, not the schema: varchar(200), not the edited 300")
                .isEqualTo(200);
    }
    // end::repair[]

    private long titleLength() {
        return db.queryForLong("select character_maximum_length from information_schema.columns"
                + " where lower(table_schema) = lower(?) and lower(table_name) = 'book' and lower(column_name) = 'title'",
                db.target() == DatabaseTarget.H2 ? "PUBLIC" : db.schemaName());
    }

    // tag::java[]
    /** Puts every book on one shelf. Its version and description come from the class name, as a script's from its file name. */
    static final class V2__Shelve_books extends BaseJavaMigration {
        private final String shelf;

        V2__Shelve_books(String shelf) {
            this.shelf = shelf;
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (PreparedStatement update = context.getConnection().prepareStatement("update book set shelf = ?")) {
                update.setString(1, shelf);
                update.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName("a Java V2 changed after it ran (another shelf) has no checksum in the history: validate() passes and nothing runs again")
    void javaMigrationUnchecked() throws Exception {
        LessonFlyway.on(db, "checksums/original").target("1").load().migrate();
        db.insert("insert into book (title, shelf) values (?, ?)", "Middlemarch", "unsorted");
        LessonFlyway.on(db, "checksums/original").javaMigrations(new V2__Shelve_books("fiction")).load().migrate();

        Flyway edited = LessonFlyway.on(db, "checksums/original").javaMigrations(new V2__Shelve_books("poetry")).load();
        edited.validate();
        assertThat(edited.migrate().migrationsExecuted).isZero();
        assertThat(History.of(db)).extracting(History::version, History::type, History::checksum)
                .containsExactly(tuple("1", "SQL", History.of(db).get(0).checksum()), tuple("2", "JDBC", null));
        assertThat(db.queryForList(String.class, "select shelf from book")).as("the first text's work, never redone")
                .containsExactly("fiction");
    }
    // end::java[]
}

package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Versioned scripts (V1__, V2__) are Alembic's revisions: each runs once, in version order, and
 * the history table remembers it. A repeatable script (R__) is for what is replaced whole, like a
 * view: it runs after the versioned ones, and again whenever its checksum changes. The view's
 * first and edited text sit in two folders, so the lesson can "edit" it between two migrations.
 */
@DatabaseTest(migrate = false)
@DisplayName("Flyway: versioned scripts run once, in order; a repeatable one after them, and again when it changes")
class VersionedAndRepeatableLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
    }

    // tag::once[]
    @Test
    @DisplayName("V1, V2, then R: the history holds each once, in that order; a second migrate runs nothing")
    void versionedRunOnce() throws Exception {
        Flyway flyway = LessonFlyway.on(db, "versioned/common", "versioned/view-1").load();

        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).isEqualTo(3);
        assertThat(History.of(db)).extracting(History::version, History::description)
                .containsExactly(
                        tuple("1", "book"),
                        tuple("2", "loan"),
                        tuple(null, "shelf count")); // a repeatable has no version

        MigrateResult second = flyway.migrate();
        assertThat(second.migrationsExecuted).as("nothing new, nothing changed").isZero();
        assertThat(History.of(db)).hasSize(3);
        assertThat(Tables.of(db)).containsExactly("book", "loan");
    }
    // end::once[]

    // tag::repeatable[]
    @Test
    @DisplayName("the view's script edited: info() shows it outdated and pending; migrate runs it alone, and the history keeps both checksums")
    void repeatableRunsAgainWhenChanged() throws Exception {
        LessonFlyway.on(db, "versioned/common", "versioned/view-1").load().migrate();
        db.insert("insert into book (title, shelf) values (?, ?)", "Middlemarch", "fiction");

        Flyway edited = LessonFlyway.on(db, "versioned/common", "versioned/view-2").load();
        assertThat(edited.info().all()).filteredOn(info -> info.getVersion() == null)
                .extracting(MigrationInfo::getState)
                .containsExactly(MigrationState.OUTDATED, MigrationState.PENDING); // the applied text, the edited one
        assertThat(edited.info().pending()).extracting(MigrationInfo::getDescription).containsExactly("shelf count");

        assertThat(edited.migrate().migrationsExecuted).isEqualTo(1);
        assertThat(History.of(db)).extracting(History::version).containsExactly("1", "2", null, null);
        assertThat(History.of(db).get(2).checksum()).isNotEqualTo(History.of(db).get(3).checksum());
        assertThat(db.queryForLong("select on_loan from shelf_count where shelf = 'fiction'"))
                .as("the edited view's new column").isZero();

        assertThat(edited.migrate().migrationsExecuted).as("unchanged since").isZero();
    }
    // end::repeatable[]
}

package dev.dbpatterns.exercises.unitofwork;

import static dev.dbpatterns.exercises.unitofwork.Floor.DUNE;
import static dev.dbpatterns.exercises.unitofwork.Floor.FANTASY;
import static dev.dbpatterns.exercises.unitofwork.Floor.SCIENCE_FICTION;
import static dev.dbpatterns.exercises.unitofwork.Floor.SMALL_GODS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the Session does that the MyBatis unit had to be taught, and the settings that make it batch. */
@DatabaseTest
@Tag("task-4")
@DisplayName("Task 4 · Hibernate: the Session finds the changes and sends them in batches")
class HibernateSessionTest {
    private Rearrangements units;
    private Floor floor;

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.units = Adapters.hibernate(db);
        this.floor = Floor.restock(db);
    }

    @Test
    @DisplayName("a change the unit was not told about is written all the same: dirty checking")
    void dirtyCheckingFindsIt(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            unit.shelf(FANTASY).orElseThrow().relabel("Fantasy and myth"); // no registerDirty
            Commits.commit(unit, "update shelf A");
        }
        sql.expect("the Session compares every object it loaded with the copy it kept, and updates what changed")
                .updates(1).commits(1);
        assertThat(floor.label(FANTASY)).isEqualTo("Fantasy and myth");
    }

    @Test
    @DisplayName("a new shelf with twelve titles: INSERTs in JDBC batches of at most 10")
    void batchesOfTen(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(poetry);
            NewTitles.on(poetry, 12).forEach(unit::registerNew);
            Commits.commit(unit, "insert shelf C, then its twelve titles");
        }
        sql.expect("13 INSERTs: without hibernate.jdbc.batch_size (HibernateSetup.BATCH_SIZE, 10) Hibernate sends"
                + " each statement on its own").inserts(13).batches(3);
        assertThat(sql.statements()).filteredOn(SentStatement::isBatched).extracting(SentStatement::executions)
                .as("rows per batch: the shelf, then the titles cut at 10").containsExactly(1, 10, 2);
        assertThat(NewTitles.inserted(sql.statements())).as("the titles in their batches: in the order they were"
                + " registered, as the Session inserts them in the order of persist()")
                .containsExactlyElementsOf(NewTitles.isbns(12));
    }

    @Test
    @DisplayName("shelves and titles changed in turn: one batch per table, not one per row")
    void updatesAreGroupedByTable(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            unit.shelf(FANTASY).orElseThrow().relabel("Fantasy and myth");
            unit.placement(SMALL_GODS).orElseThrow().shiftTo(5);
            unit.shelf(SCIENCE_FICTION).orElseThrow().relabel("Science fiction and more");
            unit.placement(DUNE).orElseThrow().shiftTo(6);
            Commits.commit(unit, "update two shelves and two titles");
        }
        sql.expect("4 UPDATEs of objects loaded shelf, title, shelf, title: without hibernate.order_updates the flush"
                + " sends them in that order, and each change of table starts a new batch").updates(4).batches(2);
        assertThat(sql.writes()).containsExactlyInAnyOrder("update shelf ×2", "update placement ×2");
    }
}

package dev.dbpatterns.exercises.unitofwork;

import static dev.dbpatterns.exercises.unitofwork.Floor.DISPOSSESSED;
import static dev.dbpatterns.exercises.unitofwork.Floor.DUNE;
import static dev.dbpatterns.exercises.unitofwork.Floor.EARTHSEA;
import static dev.dbpatterns.exercises.unitofwork.Floor.FANTASY;
import static dev.dbpatterns.exercises.unitofwork.Floor.SCIENCE_FICTION;
import static dev.dbpatterns.exercises.unitofwork.Floor.SMALL_GODS;
import static dev.dbpatterns.exercises.unitofwork.Floor.SOLARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.exercises.unitofwork.application.Reshelve;
import dev.dbpatterns.exercises.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The commit: every change in an order the foreign key accepts, whatever the order they were
 * registered in (a placement after its shelf is inserted, before its shelf is deleted), each
 * statement's rows in one JDBC batch, in one transaction; or, when the database refuses one row,
 * nothing at all. Every check reads on another connection.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class CommitContract {
    private static final String ORDER = "write INSERTs first, parents before children (the shelf before the titles"
            + " that name it), then UPDATEs, then DELETEs, children before parents";

    private Rearrangements units;
    private Floor floor;
    private LessonDatabase db;

    protected abstract Rearrangements rearrangements(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.units = rearrangements(db);
        this.floor = Floor.restock(db);
    }

    @Test
    @DisplayName("replacing a shelf inserts the new one, moves the titles, then deletes the old one: one batch each, one commit")
    void replacingAShelf(SqlLog sql) {
        int moved;
        try {
            moved = new Reshelve(units).replace(SCIENCE_FICTION, "C", "Science fiction, new");
        } catch (CommitFailedException refused) {
            throw new AssertionError("the commit was refused: " + refused.getMessage() + "\nReshelve registers the old"
                    + " shelf as removed first and the new shelf last; the commit must " + ORDER, refused);
        }

        assertThat(moved).isEqualTo(3);
        assertThat(sql.writes()).as("the writes, in the order sent (\"×3\": a JDBC batch of 3 rows; no \"×\": sent"
                + " alone): " + ORDER + "; the rows of each statement in one batch").containsExactly(
                "insert shelf ×1", "update placement ×3", "delete shelf ×1");
        sql.expect("one business transaction").commits(1).rollbacks(0);
        assertThat(List.of(floor.rowOf(DUNE), floor.rowOf(DISPOSSESSED), floor.rowOf(SOLARIS)))
                .as("every column of the three titles: on shelf C now, each in the slot it had on B")
                .containsExactly(DUNE + " Dune C 1", DISPOSSESSED + " The Dispossessed C 2", SOLARIS + " Solaris C 3");
        assertThat(floor.label("C")).as("the new shelf C").isEqualTo("Science fiction, new");
        assertThat(floor.label(SCIENCE_FICTION)).as("the old shelf B").isNull();
    }

    @Test
    @DisplayName("a new shelf and its titles, registered titles first: the shelf is still inserted before them")
    void parentsAreInsertedFirst(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(new Placement("978-0-571-08938-4", "The Waste Land", poetry, 1));
            unit.registerNew(new Placement("978-0-14-118364-7", "Leaves of Grass", poetry, 2));
            unit.registerNew(new Placement("978-0-14-042408-6", "Paradise Lost", poetry, 3));
            unit.registerNew(poetry); // the parent last
            Commits.commit(unit, ORDER);
        }
        assertThat(sql.writes()).as("the writes, in the order sent: " + ORDER)
                .containsExactly("insert shelf ×1", "insert placement ×3");
        assertThat(floor.titlesOn("C")).containsExactly("The Waste Land", "Leaves of Grass", "Paradise Lost");
    }

    @Test
    @DisplayName("a shelf retired with its titles, registered shelf first: the titles are still deleted before it")
    void childrenAreDeletedFirst(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            unit.registerRemoved(unit.shelf(FANTASY).orElseThrow()); // the parent first
            unit.placementsOn(FANTASY).forEach(unit::registerRemoved);
            Commits.commit(unit, ORDER);
        }
        assertThat(sql.writes()).as("the writes, in the order sent: " + ORDER)
                .containsExactly("delete placement ×2", "delete shelf ×1");
        assertThat(floor.label(FANTASY)).isNull();
        assertThat(floor.placements()).isEqualTo(Floor.PLACEMENTS - 2);
    }

    @Test
    @DisplayName("new shelves and titles registered in turn: the shelves first, then the titles, one batch per table")
    void interleavedInserts(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            Shelf plays = new Shelf("D", "Plays");
            unit.registerNew(poetry);
            unit.registerNew(new Placement("978-0-571-08938-4", "The Waste Land", poetry, 1));
            unit.registerNew(plays);
            unit.registerNew(new Placement("978-0-14-311868-8", "Hamlet", plays, 1));
            unit.registerNew(new Placement("978-0-14-118364-7", "Leaves of Grass", poetry, 2));
            Commits.commit(unit, ORDER);
        }
        assertThat(sql.writes()).as("the writes, in the order sent, for shelf C, a title on C, shelf D, a title on D"
                + " and one more on C, registered in that order: " + ORDER + "; each table's rows together, in one batch")
                .containsExactly("insert shelf ×2", "insert placement ×3");
        assertThat(floor.titlesOn("C")).containsExactly("The Waste Land", "Leaves of Grass");
        assertThat(floor.titlesOn("D")).containsExactly("Hamlet");
    }

    @Test
    @DisplayName("shelves and titles changed in turn: one batch of UPDATEs per table")
    void interleavedUpdates(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
            fantasy.relabel("Fantasy and myth");
            unit.registerDirty(fantasy);
            Placement smallGods = unit.placement(SMALL_GODS).orElseThrow();
            smallGods.shiftTo(5);
            unit.registerDirty(smallGods);
            Shelf scienceFiction = unit.shelf(SCIENCE_FICTION).orElseThrow();
            scienceFiction.relabel("Science fiction and more");
            unit.registerDirty(scienceFiction);
            Placement dune = unit.placement(DUNE).orElseThrow();
            dune.shiftTo(6);
            unit.registerDirty(dune);
            Commits.commit(unit, "update two shelves and two titles");
        }
        assertThat(sql.writes()).as("the UPDATEs of a shelf, a title, a shelf and a title, registered in that order:"
                + " sort them by table like the INSERTs, so that each table's rows follow each other and share a batch")
                .containsExactlyInAnyOrder("update shelf ×2", "update placement ×2");
        assertThat(List.of(floor.label(FANTASY), floor.label(SCIENCE_FICTION)))
                .containsExactly("Fantasy and myth", "Science fiction and more");
        assertThat(List.of(floor.placeOf(SMALL_GODS), floor.placeOf(DUNE))).containsExactly("A 5", "B 6");
    }

    @Test
    @DisplayName("two shelves retired with their titles, registered in turn: every title first, then the shelves, one batch per table")
    void interleavedDeletes(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            unit.registerRemoved(unit.shelf(FANTASY).orElseThrow());
            unit.registerRemoved(unit.placement(SMALL_GODS).orElseThrow());
            unit.registerRemoved(unit.shelf(SCIENCE_FICTION).orElseThrow());
            for (String isbn : List.of(DUNE, EARTHSEA, DISPOSSESSED, SOLARIS)) {
                unit.registerRemoved(unit.placement(isbn).orElseThrow());
            }
            Commits.commit(unit, ORDER);
        }
        assertThat(sql.writes()).as("the DELETEs of shelf A, a title, shelf B and four titles, registered in that order:"
                + " " + ORDER + "; each table's rows together, in one batch")
                .containsExactly("delete placement ×5", "delete shelf ×2");
        assertThat(floor.shelves()).isZero();
        assertThat(floor.placements()).isZero();
    }

    @Test
    @DisplayName("a new title with the ISBN of one the unit loaded: the commit is refused and rolled back, nothing written")
    void aKnownKeyRegisteredNew(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
            fantasy.relabel("Fantasy and myth");
            unit.registerDirty(fantasy);
            unit.placement(DUNE).orElseThrow();
            unit.registerNew(new Placement(DUNE, "Dune, a second copy", fantasy, 3)); // Dune has its place already

            assertThat(catchThrowable(unit::commit)).as("a commit with a new title whose ISBN is taken: refused (by the"
                    + " database for MyBatis, by the Session for Hibernate), so CommitFailedException")
                    .isInstanceOf(CommitFailedException.class);
            sql.expect("the refused commit, before the unit is closed: its transaction rolled back, whoever refused it")
                    .rollbacks(1).commits(0);
        }
        assertThat(floor.label(FANTASY)).as("shelf A's label: the refused unit wrote nothing").isEqualTo("Fantasy");
        assertThat(floor.rowOf(DUNE)).as("Dune's row").isEqualTo(DUNE + " Dune B 1");
    }

    @Test
    @DisplayName("when the database refuses the last row, nothing of the unit remains, and the unit has ended")
    void allOrNothing(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            unit.shelf(SCIENCE_FICTION).orElseThrow().relabel("Science fiction, moving out");
            unit.registerDirty(unit.shelf(SCIENCE_FICTION).orElseThrow());
            Placement dune = unit.placement(DUNE).orElseThrow();
            dune.shiftTo(4);
            unit.registerDirty(dune);
            Shelf classics = new Shelf("C", "Classics");
            unit.registerNew(classics);
            unit.registerNew(new Placement("978-0-441-47812-5", "The Left Hand of Darkness", classics, 1));
            // Small Gods already has its place on shelf A: its ISBN is taken, the database will refuse this row.
            unit.registerNew(new Placement(SMALL_GODS, "Small Gods, again", classics, 2));

            Throwable failure = catchThrowable(unit::commit);

            assertThat(failure).as("a commit the database refused must throw CommitFailedException, after rolling back")
                    .isInstanceOf(CommitFailedException.class);
            assertThat(DriverErrors.sqlState(failure)).as("the SQLState of the database's error among the causes of the"
                    + " CommitFailedException: give it the exception you caught").isEqualTo(DriverErrors.uniqueViolation(db.target()));
            // Counted before close(): closing a session that wrote rolls it back too, and would hide a commit that did not.
            sql.expect("the refused commit, before the unit is closed: the commit itself must roll back (in MyBatis,"
                    + " session.rollback(true)) before it throws").rollbacks(1).commits(0);
            assertThatThrownBy(() -> unit.placement(SOLARIS))
                    .as("a unit whose commit failed has ended too (UnitOfWorkMisuse.finished)")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("has ended");
        }
        assertThat(sql.writes()).as("the shelf's INSERT was sent before the refused row")
                .startsWith("insert shelf ×1");
        sql.expect("the refused commit: rolled back, never committed").rollbacks(1).commits(0);
        assertThat(floor.shelves()).as("shelves, seen from another connection: shelf C must be rolled back")
                .isEqualTo(Floor.SHELVES);
        assertThat(floor.placements()).as("placements, from another connection").isEqualTo(Floor.PLACEMENTS);
        assertThat(floor.label(SCIENCE_FICTION)).as("shelf B's label").isEqualTo("Science fiction");
        assertThat(floor.placeOf(DUNE)).as("Dune's place").isEqualTo("B 1");
        assertThat(floor.placeOf(SMALL_GODS)).as("Small Gods' place").isEqualTo("A 1");
    }
}

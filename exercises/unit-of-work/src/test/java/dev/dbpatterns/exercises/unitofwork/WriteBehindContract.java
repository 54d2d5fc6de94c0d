package dev.dbpatterns.exercises.unitofwork;

import static dev.dbpatterns.exercises.unitofwork.Floor.DUNE;
import static dev.dbpatterns.exercises.unitofwork.Floor.FANTASY;
import static dev.dbpatterns.exercises.unitofwork.Floor.SCIENCE_FICTION;
import static dev.dbpatterns.exercises.unitofwork.Floor.SOLARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Write-behind: the unit only remembers what it is told is new, changed or removed, and writes it
 * all at its commit. Until then no one, not even the unit's own queries, sees a change; closed
 * without a commit, it has written nothing. Every check reads on another connection.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class WriteBehindContract {
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
    @DisplayName("a new shelf, a relabelled shelf and a removed title: nothing is sent until the commit, then all of it")
    void writesWaitForTheCommit(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
            Placement solaris = unit.placement(SOLARIS).orElseThrow();
            sql.reset();

            unit.registerNew(new Shelf("C", "Poetry"));
            fantasy.relabel("Fantasy and myth");
            unit.registerDirty(fantasy);
            unit.registerRemoved(solaris);

            sql.expect("three changes registered, no commit yet: write-behind means the unit only remembers them")
                    .nothingSent();
            assertThat(floor.label("C")).as("shelf C, seen from another connection before the commit").isNull();
            Commits.commit(unit, "insert shelf C, update shelf A and delete Solaris, in one transaction");
        }
        sql.expect("the commit").inserts(1).updates(1).deletes(1).commits(1);
        assertThat(floor.label("C")).as("shelf C after the commit").isEqualTo("Poetry");
        assertThat(floor.label(FANTASY)).as("shelf A's label after the commit").isEqualTo("Fantasy and myth");
        assertThat(floor.placeOf(SOLARIS)).as("Solaris's place after the commit").isNull();
    }

    @Test
    @DisplayName("closed without a commit, a unit has written nothing")
    void closingWritesNothing(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
            fantasy.relabel("Gone wrong");
            unit.registerDirty(fantasy);
            unit.registerNew(new Shelf("C", "Poetry"));
        }
        sql.expect("a unit closed without commit: no write may reach the database").inserts(0).updates(0).deletes(0);
        assertThat(floor.label(FANTASY)).isEqualTo("Fantasy");
        assertThat(floor.shelves()).isEqualTo(Floor.SHELVES);
    }

    @Test
    @DisplayName("a query inside the unit sends no write ahead of it: it sees the database as it was")
    void aQueryDoesNotFlush(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Placement dune = unit.placement(DUNE).orElseThrow();
            dune.moveTo(unit.shelf(FANTASY).orElseThrow(), 3);
            unit.registerDirty(dune);

            assertThat(unit.placementsOn(FANTASY)).extracting(Placement::title)
                    .as("the titles on shelf A, queried after Dune was moved there but before the commit")
                    .containsExactly("Small Gods", "A Wizard of Earthsea");
            sql.expect("a query after a registered change: the unit writes nothing before its commit, not even ahead"
                    + " of a query (Hibernate flushes ahead of one unless told FlushMode.COMMIT)").updates(0);
            Commits.commit(unit, "update Dune's place");
        }
        sql.expect("the commit").updates(1);
        assertThat(floor.placeOf(DUNE)).isEqualTo("A 3");
    }

    @Test
    @DisplayName("an object registered dirty twice is updated once")
    void dirtyTwiceIsOneUpdate(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
            fantasy.relabel("Fantasy and myth");
            unit.registerDirty(fantasy);
            fantasy.relabel("Myth and fantasy");
            unit.registerDirty(fantasy);
            Commits.commit(unit, "update shelf A once");
        }
        sql.expect("one object, registered twice: a unit keeps each change once").updates(1);
        assertThat(floor.label(FANTASY)).as("the label it held at commit").isEqualTo("Myth and fantasy");
    }

    @Test
    @DisplayName("an object registered new twice is inserted once, one registered removed twice is deleted once")
    void everyRegistrationOnce(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(poetry);
            unit.registerNew(poetry);
            Placement solaris = unit.placement(SOLARIS).orElseThrow();
            unit.registerRemoved(solaris);
            unit.registerRemoved(solaris);
            Commits.commit(unit, "insert shelf C once and delete Solaris once: keep each registered object once, in a"
                    + " collection that refuses a second copy of it (a set)");
        }
        sql.expect("two objects, each registered twice: one INSERT, one DELETE").inserts(1).deletes(1);
        assertThat(floor.label("C")).isEqualTo("Poetry");
        assertThat(floor.placeOf(SOLARIS)).isNull();
    }

    @Test
    @DisplayName("a new object changed after it was registered is inserted as it is at commit, without an UPDATE")
    void aNewObjectNeedsNoUpdate(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(poetry);
            poetry.relabel("Poems");
            unit.registerDirty(poetry);
            Commits.commit(unit, "insert shelf C with the label it holds at commit");
        }
        sql.expect("a new shelf, then registered dirty: its INSERT carries what it holds, no UPDATE is needed")
                .inserts(1).updates(0);
        assertThat(floor.label("C")).as("shelf C's label").isEqualTo("Poems");
    }

    @Test
    @DisplayName("an object registered dirty and removed is deleted, not updated, whichever came first")
    void removedIsNotUpdated(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Placement dune = unit.placement(DUNE).orElseThrow();
            dune.shiftTo(4);
            unit.registerDirty(dune);
            unit.registerRemoved(dune);
            Placement solaris = unit.placement(SOLARIS).orElseThrow();
            unit.registerRemoved(solaris);
            solaris.shiftTo(5);
            unit.registerDirty(solaris);
            Commits.commit(unit, "delete Dune and Solaris");
        }
        sql.expect("Dune dirty then removed, Solaris removed then dirty: a removed row is deleted, and an UPDATE of"
                + " it would be wasted").updates(0).deletes(2);
        assertThat(floor.placements()).isEqualTo(Floor.PLACEMENTS - 2);
    }

    @Test
    @DisplayName("an object registered new and then removed is never written at all")
    void newThenRemovedIsNothing(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(poetry);
            unit.registerRemoved(poetry);
            Commits.commit(unit, "write nothing");
        }
        sql.expect("a shelf that was never saved, removed again: nothing to insert, nothing to delete")
                .inserts(0).deletes(0);
        assertThat(floor.shelves()).isEqualTo(Floor.SHELVES);
    }

    @Test
    @DisplayName("a unit refuses an object another unit loaded, and anything after its commit")
    void aUnitServesOneBusinessTransaction() {
        Shelf stale;
        try (Rearrangement earlier = units.begin()) {
            stale = earlier.shelf(FANTASY).orElseThrow();
        }
        stale.relabel("From a stale copy");
        try (Rearrangement unit = units.begin()) {
            assertThatThrownBy(() -> unit.registerDirty(stale))
                    .as("registerDirty of a shelf another unit loaded: it may hold old values, so the unit must refuse"
                            + " it (UnitOfWorkMisuse.notLoadedHere) and have it loaded again")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was not loaded by this");
            assertThatThrownBy(() -> unit.registerRemoved(stale))
                    .as("registerRemoved of a shelf another unit loaded: refused like registerDirty")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was not loaded by this");
            Map<String, ThrowingCallable> notEntities = new LinkedHashMap<>();
            notEntities.put("registerNew", () -> unit.registerNew("a shelf, honest"));
            notEntities.put("registerDirty", () -> unit.registerDirty("a shelf, honest"));
            notEntities.put("registerRemoved", () -> unit.registerRemoved("a shelf, honest"));
            notEntities.forEach((call, callable) -> assertThat(catchThrowable(callable))
                    .as(call + " of something that is no shelf nor placement: refused in the port's words"
                            + " (UnitOfWorkMisuse.notAnEntity)")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tracks shelves and placements")
                    .hasMessageContaining("java.lang.String"));
            Commits.commit(unit, "write nothing");
            assertThatThrownBy(() -> unit.shelf(FANTASY))
                    .as("a unit used after its commit (UnitOfWorkMisuse.finished): one unit, one business transaction")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("has ended");
        }
        assertThat(floor.label(FANTASY)).isEqualTo("Fantasy");
    }

    @Test
    @DisplayName("a closed unit refuses every call: reads, registrations, and a commit")
    void aClosedUnitRefusesEverything() {
        Rearrangement unit = units.begin();
        Shelf fantasy = unit.shelf(FANTASY).orElseThrow();
        unit.close();

        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("shelf", () -> unit.shelf(SCIENCE_FICTION));
        calls.put("placement", () -> unit.placement(DUNE));
        calls.put("placementsOn", () -> unit.placementsOn(FANTASY));
        calls.put("registerNew", () -> unit.registerNew(new Shelf("C", "Poetry")));
        calls.put("registerDirty", () -> unit.registerDirty(fantasy));
        calls.put("registerRemoved", () -> unit.registerRemoved(fantasy));
        calls.put("commit", unit::commit);
        calls.forEach((call, callable) -> {
            Throwable thrown = catchThrowable(callable);
            assertThat(thrown).as(call + " on a closed unit: every method refuses once the unit has ended, with"
                    + " UnitOfWorkMisuse.finished(). A commit too: a misuse is no refusal of the database, so no"
                    + " CommitFailedException").isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has ended");
        });
        assertThat(floor.label("C")).as("shelf C, registered after close").isNull();
    }

    @Test
    @DisplayName("a closed unit has given its connection back to the pool")
    void closingGivesTheConnectionBack() {
        try (Rearrangement unit = units.begin()) {
            unit.shelf(FANTASY).orElseThrow();
            unit.placementsOn(SCIENCE_FICTION);
        }
        assertThat(db.activeConnections()).as("connections still in use after close(): close the session, or the pool"
                + " runs dry after a few units").isZero();
    }
}

package dev.dbpatterns.exercises.unitofwork;

import static dev.dbpatterns.exercises.unitofwork.Floor.DUNE;
import static dev.dbpatterns.exercises.unitofwork.Floor.FANTASY;
import static dev.dbpatterns.exercises.unitofwork.Floor.SCIENCE_FICTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The identity map: within one unit of work, one row is one object. Without it, two steps of one
 * business transaction could load the same placement twice, change each copy, and write whichever
 * came last.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class IdentityMapContract {
    private Rearrangements units;
    private Floor floor;

    protected abstract Rearrangements rearrangements(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.units = rearrangements(db);
        this.floor = Floor.restock(db);
    }

    @Test
    @DisplayName("the same shelf asked for twice in one unit is one object, loaded by one SELECT")
    void secondFindSendsNothing(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf first = unit.shelf(FANTASY).orElseThrow();
            Shelf second = unit.shelf(FANTASY).orElseThrow();

            assertThat(first.label()).isEqualTo("Fantasy");
            assertThat(second).as("the second shelf(\"A\") must return the very object of the first: the identity"
                    + " map keeps one object per row for the life of the unit").isSameAs(first);
        }
        sql.expect("a shelf asked for twice: the second answer comes from the identity map, without a SELECT")
                .selects(1);
    }

    @Test
    @DisplayName("a title found by ISBN comes back from its shelf's query as the same object, its unsaved change kept")
    void aQueryReturnsTheKnownObject(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Placement dune = unit.placement(DUNE).orElseThrow();
            dune.shiftTo(9); // in memory only: nothing is registered, nothing written

            List<Placement> onTheShelf = unit.placementsOn(SCIENCE_FICTION);

            assertThat(onTheShelf).extracting(Placement::title)
                    .containsExactlyInAnyOrder("Dune", "The Dispossessed", "Solaris");
            Placement duneAgain = withIsbn(onTheShelf, DUNE);
            assertThat(duneAgain).as("Dune from the shelf's query must be the object placement(DUNE) returned:"
                    + " look each row up in the identity map, and keep the object already there").isSameAs(dune);
            assertThat(duneAgain.slot()).as("Dune's slot: the row says 1, the unit's object says 9").isEqualTo(9);
        }
        sql.expect("a find and a query: a query is always sent, its rows are resolved against the map").selects(2);
    }

    @Test
    @DisplayName("a row changed by someone else after it was loaded comes back as the object already loaded")
    void theMapWinsOverTheRow() {
        try (Rearrangement unit = units.begin()) {
            Placement dune = unit.placement(DUNE).orElseThrow();
            floor.shiftElsewhere(DUNE, 7);

            Placement again = withIsbn(unit.placementsOn(SCIENCE_FICTION), DUNE);

            assertThat(again).as("one object per row, whatever the row says now").isSameAs(dune);
            assertThat(again.slot()).as("the slot the unit's object holds: the newly mapped copy must be dropped,"
                    + " not put in the map in place of the known one").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a shelf or a title that does not exist is an empty Optional, not null or an exception")
    void nothingForUnknownKeys() {
        try (Rearrangement unit = units.begin()) {
            assertThat(unit.shelf("Z")).as("shelf(\"Z\")").isEmpty();
            assertThat(unit.placement("978-0-00-000000-0")).as("placement of an unknown ISBN").isEmpty();
            assertThat(unit.placementsOn("Z")).as("placementsOn(\"Z\")").isEmpty();
        }
    }

    @Test
    @DisplayName("two units are two identity maps: each has its own object for the same row")
    void eachUnitHasItsOwnMap() {
        try (Rearrangement first = units.begin(); Rearrangement second = units.begin()) {
            Shelf inFirst = first.shelf(SCIENCE_FICTION).orElseThrow();
            Shelf inSecond = second.shelf(SCIENCE_FICTION).orElseThrow();

            assertThat(inSecond).as("a unit's map lives and dies with the unit: it is no cache shared by all")
                    .isNotSameAs(inFirst);
        }
    }

    private static Placement withIsbn(List<Placement> placements, String isbn) {
        return placements.stream().filter(placement -> placement.isbn().equals(isbn)).findFirst()
                .orElseThrow(() -> new AssertionError("No placement of " + isbn + " among " + placements));
    }
}

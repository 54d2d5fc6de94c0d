package dev.dbpatterns.exercises.unitofwork;

import static dev.dbpatterns.exercises.unitofwork.Floor.DISPLAY;
import static dev.dbpatterns.exercises.unitofwork.Floor.DISPOSSESSED;
import static dev.dbpatterns.exercises.unitofwork.Floor.DUNE;
import static dev.dbpatterns.exercises.unitofwork.Floor.EARTHSEA;
import static dev.dbpatterns.exercises.unitofwork.Floor.FANTASY;
import static dev.dbpatterns.exercises.unitofwork.Floor.SCIENCE_FICTION;
import static dev.dbpatterns.exercises.unitofwork.Floor.SOLARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    @DisplayName("what a unit loads holds every column of its row, and a shelf's titles come by slot")
    void loadsEveryField() {
        // Slots no longer follow the order the rows were inserted in, nor their ISBNs, nor their titles:
        // only an ORDER BY slot gives Solaris, Dune, The Dispossessed.
        floor.shiftElsewhere(DUNE, 2);
        floor.shiftElsewhere(DISPOSSESSED, 3);
        floor.shiftElsewhere(SOLARIS, 1);

        try (Rearrangement unit = units.begin()) {
            assertThat(unit.shelf(SCIENCE_FICTION).orElseThrow()).as("shelf(\"B\"): code and label")
                    .extracting(Shelf::code, Shelf::label).containsExactly(SCIENCE_FICTION, "Science fiction");
            assertThat(unit.placement(EARTHSEA).orElseThrow()).as("placement of A Wizard of Earthsea: ISBN, title,"
                    + " shelf and slot").extracting(Placement::isbn, Placement::title, Placement::shelfCode, Placement::slot)
                    .containsExactly(EARTHSEA, "A Wizard of Earthsea", FANTASY, 2);
            assertThat(unit.placementsOn(SCIENCE_FICTION)).as("placementsOn(\"B\"): every title on shelf B, in the order"
                    + " of their slots ('order by slot'), whatever order the rows were written in")
                    .extracting(Placement::isbn, Placement::title, Placement::shelfCode, Placement::slot).containsExactly(
                            tuple(SOLARIS, "Solaris", SCIENCE_FICTION, 1),
                            tuple(DUNE, "Dune", SCIENCE_FICTION, 2),
                            tuple(DISPOSSESSED, "The Dispossessed", SCIENCE_FICTION, 3));
        }
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
    @DisplayName("a title that came with its shelf's query is the object a later find returns, without a SELECT")
    void aQueryFillsTheMap(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Placement fromTheShelf = withIsbn(unit.placementsOn(SCIENCE_FICTION), DUNE);
            fromTheShelf.shiftTo(9); // in memory only

            Placement found = unit.placement(DUNE).orElseThrow();

            assertThat(found).as("placement(DUNE) after the shelf's query returned Dune: a row a query brings in is"
                    + " known to the map from then on, not only a row found by its key").isSameAs(fromTheShelf);
            assertThat(found.slot()).as("Dune's slot: the row says 1, the unit's object says 9").isEqualTo(9);
        }
        sql.expect("a query, then a find of one of its rows: the find is answered by the identity map").selects(1);
    }

    @Test
    @DisplayName("a shelf and a title with the same key are two rows: the map tells them apart by their kind")
    void oneKeyTwoKinds(SqlLog sql) {
        floor.setUpDisplay();
        try (Rearrangement unit = units.begin()) {
            Placement firstEdition = unit.placement(DISPLAY).orElseThrow();
            Shelf display = unit.shelf(DISPLAY).orElseThrow();

            assertThat(display).as("shelf(\"" + DISPLAY + "\") after placement(\"" + DISPLAY + "\"): a shelf, with its"
                    + " own label. Key the map by the row's kind and key: a shelf and a placement may share a key")
                    .extracting(Shelf::code, Shelf::label).containsExactly(DISPLAY, "Dune, the 1965 edition");
            assertThat(unit.placementsOn(DISPLAY)).as("the titles on the display shelf: the placement already loaded")
                    .singleElement().isSameAs(firstEdition);
            assertThat(firstEdition).extracting(Placement::title, Placement::shelfCode, Placement::slot)
                    .containsExactly("Dune (first edition)", DISPLAY, 1);
        }
        try (Rearrangement unit = units.begin()) {
            Shelf display = unit.shelf(DISPLAY).orElseThrow();
            List<Placement> onDisplay = unit.placementsOn(DISPLAY);

            assertThat(onDisplay).as("the titles on the display shelf, loaded after the shelf of the same key")
                    .extracting(Placement::isbn, Placement::title).containsExactly(tuple(DISPLAY, "Dune (first edition)"));
            assertThat(unit.placement(DISPLAY)).as("placement(\"" + DISPLAY + "\") after shelf(\"" + DISPLAY + "\")")
                    .containsSame(onDisplay.get(0));
            assertThat(unit.shelf(DISPLAY)).as("shelf(\"" + DISPLAY + "\") asked again").containsSame(display);
        }
        sql.expect("the first unit: a find of each kind and a query; the second: a find and a query, the rest from"
                + " the map").selects(5);
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

package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.List;

/**
 * The shop floor every test starts from, and the test's own look at the tables afterwards: plain
 * JDBC through the unrecorded pool, so on another connection than the unit's, and none of it
 * among the statements a test asserts.
 *
 * <pre>
 * shelf A "Fantasy":         1 Small Gods, 2 A Wizard of Earthsea
 * shelf B "Science fiction": 1 Dune, 2 The Dispossessed, 3 Solaris
 * </pre>
 */
final class Floor {
    static final String FANTASY = "A";
    static final String SCIENCE_FICTION = "B";
    static final String SMALL_GODS = "978-0-552-13890-3";
    static final String EARTHSEA = "978-0-14-030477-7";
    static final String DUNE = "978-0-441-17271-9";
    static final String DISPOSSESSED = "978-0-06-051275-4";
    static final String SOLARIS = "978-0-15-602760-1";
    static final int SHELVES = 2;
    static final int PLACEMENTS = 5;
    /** The key of two rows of two kinds: a title's old ten-digit ISBN, and the code of the shelf that displays it. */
    static final String DISPLAY = "0441172717";

    private final LessonDatabase db;

    private Floor(LessonDatabase db) {
        this.db = db;
    }

    static Floor restock(LessonDatabase db) {
        db.update("delete from placement");
        db.update("delete from shelf");
        db.update("insert into shelf (code, label) values (?, ?)", FANTASY, "Fantasy");
        db.update("insert into shelf (code, label) values (?, ?)", SCIENCE_FICTION, "Science fiction");
        Floor floor = new Floor(db);
        floor.place(SMALL_GODS, "Small Gods", FANTASY, 1);
        floor.place(EARTHSEA, "A Wizard of Earthsea", FANTASY, 2);
        floor.place(DUNE, "Dune", SCIENCE_FICTION, 1);
        floor.place(DISPOSSESSED, "The Dispossessed", SCIENCE_FICTION, 2);
        floor.place(SOLARIS, "Solaris", SCIENCE_FICTION, 3);
        return floor;
    }

    /** The shelf's label as the table has it now; null when there is no such shelf. */
    String label(String code) {
        return first(db.queryForList(String.class, "select label from shelf where code = ?", code));
    }

    /** "B 1": the title's shelf and slot as the table has them now; null when it has no place. */
    String placeOf(String isbn) {
        return first(db.queryForList(String.class,
                "select concat(shelf_code, ' ', slot) from placement where isbn = ?", isbn));
    }

    /** "978-0-441-17271-9 Dune B 1": every column of a title's row as the table has it now; null when it has no place. */
    String rowOf(String isbn) {
        return first(db.queryForList(String.class,
                "select concat(isbn, ' ', title, ' ', shelf_code, ' ', slot) from placement where isbn = ?", isbn));
    }

    /** The titles on a shelf, by slot, as the table has them now. */
    List<String> titlesOn(String code) {
        return db.queryForList(String.class, "select title from placement where shelf_code = ? order by slot", code);
    }

    long shelves() {
        return db.rowCount("shelf");
    }

    long placements() {
        return db.rowCount("placement");
    }

    /** Someone else, at another till, moves a title along its shelf, and commits. */
    void shiftElsewhere(String isbn, int slot) {
        db.update("update placement set slot = ? where isbn = ?", slot, isbn);
    }

    /**
     * The shop sets up a display for Dune's first edition, catalogued under its ten-digit ISBN, and
     * codes the display shelf with the same ten digits: a shelf and a title with one key.
     */
    void setUpDisplay() {
        db.update("insert into shelf (code, label) values (?, ?)", DISPLAY, "Dune, the 1965 edition");
        place(DISPLAY, "Dune (first edition)", DISPLAY, 1);
    }

    private void place(String isbn, String title, String shelf, int slot) {
        db.update("insert into placement (isbn, title, shelf_code, slot) values (?, ?, ?, ?)",
                isbn, title, shelf, slot);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}

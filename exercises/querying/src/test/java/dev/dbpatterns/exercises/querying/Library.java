package dev.dbpatterns.exercises.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SeededRows;
import java.util.List;

/**
 * The shelf every test starts from, written with plain JDBC so no set-up SQL counts among the
 * statements a test asserts: four authors, eleven books, three of them from 2010.
 */
final class Library {
    /** Every book by year then id. */
    static final List<String> BY_YEAR = List.of("Dune", "A Wizard of Earthsea", "The Left Hand of Darkness",
            "The Dispossessed", "Children of Dune", "Wow! Books", "Mort", "Small Gods", "The 50% Rule", "500 Miles",
            "Snake_Case Stories");

    private final LessonDatabase db;
    private final SeededRows rows = new SeededRows("on the shelf");

    private Library(LessonDatabase db) {
        this.db = db;
    }

    static Library restock(LessonDatabase db) {
        db.update("delete from book");
        db.update("delete from author");
        Library library = new Library(db);
        long leGuin = library.author("Ursula K. Le Guin");
        library.book("A Wizard of Earthsea", leGuin, 1968);
        library.book("The Left Hand of Darkness", leGuin, 1969);
        library.book("The Dispossessed", leGuin, 1974);
        long herbert = library.author("Frank Herbert");
        library.book("Dune", herbert, 1965);
        library.book("Children of Dune", herbert, 1976);
        long pratchett = library.author("Terry Pratchett");
        library.book("Mort", pratchett, 1987);
        library.book("Small Gods", pratchett, 1992);
        long tally = library.author("Dana Tally");
        library.book("Wow! Books", tally, 1980);
        library.book("The 50% Rule", tally, 2010);
        library.book("500 Miles", tally, 2010);
        library.book("Snake_Case Stories", tally, 2010);
        return library;
    }

    long id(String titleOrName) {
        return rows.id(titleOrName);
    }

    long book(String title, long authorId, int year) {
        return rows.add(title, db.insert(
                "insert into book (title, author_id, published_year, price) values (?, ?, ?, 10.00)", title, authorId, year));
    }

    private long author(String name) {
        return rows.add(name, db.insert("insert into author (name) values (?)", name));
    }
}

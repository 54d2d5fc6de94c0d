package dev.dbpatterns.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SeededRows;
import dev.dbpatterns.querying.domain.Author;
import java.math.BigDecimal;
import java.util.List;

/**
 * The library every test starts from, written with plain JDBC through the unrecorded pool so no
 * set-up SQL appears among a lesson's statements: four authors, ten books (three of them from
 * 2010, the ties a sort order must break), four reviews on three books, five tags on two.
 */
public final class Bookshelf {
    public static final int AUTHORS = 4;
    public static final int BOOKS = 10;
    /** Books by year then id, the order every page and search returns. */
    public static final List<String> BY_YEAR = List.of("Dune", "A Wizard of Earthsea", "The Left Hand of Darkness",
            "The Dispossessed", "Children of Dune", "Mort", "Small Gods", "The 50% Rule", "500 Miles",
            "Snake_Case Stories");

    private final LessonDatabase db;
    private final SeededRows rows = new SeededRows("on the shelf");

    private Bookshelf(LessonDatabase db) {
        this.db = db;
    }

    public static Bookshelf restock(LessonDatabase db) {
        for (String table : List.of("book_tag", "review", "book", "author")) {
            db.update("delete from " + table);
        }
        Bookshelf shelf = new Bookshelf(db);
        long leGuin = shelf.author("Ursula K. Le Guin");
        shelf.book("A Wizard of Earthsea", leGuin, 1968, "9.99");
        shelf.book("The Left Hand of Darkness", leGuin, 1969, "12.50");
        shelf.book("The Dispossessed", leGuin, 1974, "13.00");
        long herbert = shelf.author("Frank Herbert");
        shelf.book("Dune", herbert, 1965, "15.99");
        shelf.book("Children of Dune", herbert, 1976, "11.00");
        long pratchett = shelf.author("Terry Pratchett");
        shelf.book("Mort", pratchett, 1987, "7.99");
        shelf.book("Small Gods", pratchett, 1992, "8.99");
        // Titles with LIKE's special characters in them, and three books of one year.
        long tally = shelf.author("Dana Tally");
        shelf.book("The 50% Rule", tally, 2010, "20.00");
        shelf.book("500 Miles", tally, 2010, "6.00");
        shelf.book("Snake_Case Stories", tally, 2010, "10.00");
        shelf.review("Dune", "Ann", 5);
        shelf.review("Dune", "Ben", 4);
        shelf.review("A Wizard of Earthsea", "Cleo", 5);
        shelf.review("Small Gods", "Dev", 4);
        shelf.tag("Dune", "classic", "desert", "politics");
        shelf.tag("A Wizard of Earthsea", "classic", "magic");
        return shelf;
    }

    /** "Author: Title" for every book of every author, in the order loaded: to compare fetch plans. */
    static List<String> titlesByAuthor(List<Author> authors) {
        return authors.stream()
                .flatMap(author -> author.books().stream().map(book -> author.name() + ": " + book.title()))
                .toList();
    }

    /** The id of a book or an author, by title or name. */
    public long id(String titleOrName) {
        return rows.id(titleOrName);
    }

    public long book(String title, long authorId, int year, String price) {
        return rows.add(title, db.insert("insert into book (title, author_id, published_year, price) values (?, ?, ?, ?)",
                title, authorId, year, new BigDecimal(price)));
    }

    private long author(String name) {
        return rows.add(name, db.insert("insert into author (name) values (?)", name));
    }

    private void review(String title, String reviewer, int stars) {
        db.insert("insert into review (book_id, reviewer, stars) values (?, ?, ?)", id(title), reviewer, stars);
    }

    private void tag(String title, String... tags) {
        for (String tag : tags) {
            db.update("insert into book_tag (book_id, tag) values (?, ?)", id(title), tag);
        }
    }
}

package dev.dbpatterns.repository;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SeededRows;
import dev.dbpatterns.repository.domain.Genre;
import java.math.BigDecimal;

/**
 * The shop every test starts from: four authors, seven books, written with plain JDBC through
 * the unrecorded pool so that no adapter is needed to set up the test of an adapter, and no
 * set-up SQL appears among a lesson's statements. The docs' quick reference starts from it too
 * (this module publishes its tests as a test-jar).
 */
public final class Bookshelf {
    public static final int BOOKS = 7;
    public static final int AUTHORS = 4;

    private final LessonDatabase db;
    private final SeededRows books = new SeededRows("on the shelf");
    private final SeededRows authors = new SeededRows("among the authors");

    private Bookshelf(LessonDatabase db) {
        this.db = db;
    }

    public static Bookshelf restock(LessonDatabase db) {
        Bookshelf shelf = new Bookshelf(db);
        db.update("delete from book");
        db.update("delete from author");
        long leGuin = shelf.addAuthor("Ursula K. Le Guin");
        long herbert = shelf.addAuthor("Frank Herbert");
        long pratchett = shelf.addAuthor("Terry Pratchett");
        long beard = shelf.addAuthor("Mary Beard");
        shelf.addBook("978-0-00-000001-1", "A Wizard of Earthsea", leGuin, Genre.FANTASY, "9.99", 1968);
        shelf.addBook("978-0-00-000002-8", "The Left Hand of Darkness", leGuin, Genre.SCIENCE_FICTION, "12.50", 1969);
        shelf.addBook("978-0-00-000003-5", "The Dispossessed", leGuin, Genre.SCIENCE_FICTION, "13.00", 1974);
        shelf.addBook("978-0-00-000004-2", "Dune", herbert, Genre.SCIENCE_FICTION, "15.99", 1965);
        shelf.addBook("978-0-00-000005-9", "Small Gods", pratchett, Genre.FANTASY, "8.99", 1992);
        shelf.addBook("978-0-00-000006-6", "Mort", pratchett, Genre.FANTASY, "7.99", 1987);
        shelf.addBook("978-0-00-000007-3", "Pompeii", beard, Genre.HISTORY, "18.00", 2008);
        return shelf;
    }

    public long book(String title) {
        return books.id(title);
    }

    public long author(String name) {
        return authors.id(name);
    }

    private long addAuthor(String name) {
        return authors.add(name, db.insert("insert into author (name) values (?)", name));
    }

    private void addBook(String isbn, String title, long authorId, Genre genre, String price, int year) {
        books.add(title, db.insert("insert into book (isbn, title, author_id, genre, price, published_year)"
                + " values (?, ?, ?, ?, ?, ?)", isbn, title, authorId, genre.name(), new BigDecimal(price), year));
    }
}

package dev.dbpatterns.repository;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Genre;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop every test starts from: four authors, seven books, written with plain JDBC through
 * the unrecorded pool so that no adapter is needed to set up the test of an adapter, and no
 * set-up SQL appears among a lesson's statements.
 */
final class Bookshelf {
    static final int BOOKS = 7;
    static final int AUTHORS = 4;

    private final Map<String, Long> bookIds = new LinkedHashMap<>();
    private final Map<String, Long> authorIds = new LinkedHashMap<>();

    static Bookshelf restock(LessonDatabase db) {
        Bookshelf shelf = new Bookshelf();
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("delete from book");
                clear.executeUpdate("delete from author");
            }
            long leGuin = shelf.author(connection, "Ursula K. Le Guin");
            long herbert = shelf.author(connection, "Frank Herbert");
            long pratchett = shelf.author(connection, "Terry Pratchett");
            long beard = shelf.author(connection, "Mary Beard");
            shelf.book(connection, "978-0-00-000001-1", "A Wizard of Earthsea", leGuin, Genre.FANTASY, "9.99", 1968);
            shelf.book(connection, "978-0-00-000002-8", "The Left Hand of Darkness", leGuin, Genre.SCIENCE_FICTION, "12.50", 1969);
            shelf.book(connection, "978-0-00-000003-5", "The Dispossessed", leGuin, Genre.SCIENCE_FICTION, "13.00", 1974);
            shelf.book(connection, "978-0-00-000004-2", "Dune", herbert, Genre.SCIENCE_FICTION, "15.99", 1965);
            shelf.book(connection, "978-0-00-000005-9", "Small Gods", pratchett, Genre.FANTASY, "8.99", 1992);
            shelf.book(connection, "978-0-00-000006-6", "Mort", pratchett, Genre.FANTASY, "7.99", 1987);
            shelf.book(connection, "978-0-00-000007-3", "Pompeii", beard, Genre.HISTORY, "18.00", 2008);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stock the bookshelf: " + e.getMessage(), e);
        }
        return shelf;
    }

    /** "Author: Title" for every book of every author, in the order loaded: to compare two ways of loading. */
    static List<String> titlesByAuthor(List<Author> authors) {
        return authors.stream()
                .flatMap(author -> author.books().stream().map(book -> author.name() + ": " + book.title()))
                .toList();
    }

    long book(String title) {
        return require(bookIds, title);
    }

    long author(String name) {
        return require(authorIds, name);
    }

    private static long require(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException("Not on the shelf: " + key + "; there are " + ids.keySet());
        }
        return id;
    }

    private long author(Connection connection, String name) throws SQLException {
        long id = insert(connection, "insert into author (name) values (?)", name);
        authorIds.put(name, id);
        return id;
    }

    private void book(Connection connection, String isbn, String title, long authorId, Genre genre, String price,
                      int year) throws SQLException {
        long id = insert(connection, "insert into book (isbn, title, author_id, genre, price, published_year)"
                + " values (?, ?, ?, ?, ?, ?)", isbn, title, authorId, genre.name(), new BigDecimal(price), year);
        bookIds.put(title, id);
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

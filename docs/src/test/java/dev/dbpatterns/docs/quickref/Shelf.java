package dev.dbpatterns.docs.quickref;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The bookshop every quick-reference example starts from: the repository lessons' four authors
 * and seven books, written with plain JDBC through the unrecorded pool so that no set-up SQL
 * shows among an example's statements. (The repository module's own Bookshelf lives in its
 * tests, out of reach of this module.) The review table is the quick reference's own.
 */
final class Shelf {
    static final int BOOKS = 7;

    private final Map<String, Long> ids = new HashMap<>();

    static Shelf stock(LessonDatabase db) {
        Shelf shelf = new Shelf();
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("delete from review");
                clear.executeUpdate("delete from book");
                clear.executeUpdate("delete from author");
            }
            long leGuin = shelf.insert(connection, "Ursula K. Le Guin", "insert into author (name) values (?)", "Ursula K. Le Guin");
            long herbert = shelf.insert(connection, "Frank Herbert", "insert into author (name) values (?)", "Frank Herbert");
            long pratchett = shelf.insert(connection, "Terry Pratchett", "insert into author (name) values (?)", "Terry Pratchett");
            long beard = shelf.insert(connection, "Mary Beard", "insert into author (name) values (?)", "Mary Beard");
            shelf.book(connection, "978-0-00-000001-1", "A Wizard of Earthsea", leGuin, "FANTASY", "9.99", 1968);
            shelf.book(connection, "978-0-00-000002-8", "The Left Hand of Darkness", leGuin, "SCIENCE_FICTION", "12.50", 1969);
            shelf.book(connection, "978-0-00-000003-5", "The Dispossessed", leGuin, "SCIENCE_FICTION", "13.00", 1974);
            shelf.book(connection, "978-0-00-000004-2", "Dune", herbert, "SCIENCE_FICTION", "15.99", 1965);
            shelf.book(connection, "978-0-00-000005-9", "Small Gods", pratchett, "FANTASY", "8.99", 1992);
            shelf.book(connection, "978-0-00-000006-6", "Mort", pratchett, "FANTASY", "7.99", 1987);
            shelf.book(connection, "978-0-00-000007-3", "Pompeii", beard, "HISTORY", "18.00", 2008);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stock the shelf: " + e.getMessage(), e);
        }
        return shelf;
    }

    /** The id of a book by its title, or of an author by name. */
    long id(String titleOrName) {
        Long id = ids.get(titleOrName);
        if (id == null) {
            throw new IllegalArgumentException("Not on the shelf: " + titleOrName + "; there are " + ids.keySet());
        }
        return id;
    }

    private void book(Connection connection, String isbn, String title, long authorId, String genre, String price,
                      int year) throws SQLException {
        insert(connection, title, "insert into book (isbn, title, author_id, genre, price, published_year)"
                + " values (?, ?, ?, ?, ?, ?)", isbn, title, authorId, genre, new BigDecimal(price), year);
    }

    private long insert(Connection connection, String key, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                ids.put(key, keys.getLong(1));
                return keys.getLong(1);
            }
        }
    }
}

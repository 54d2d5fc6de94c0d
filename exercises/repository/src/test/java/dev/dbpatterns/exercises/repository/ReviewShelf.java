package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every test starts from: four books, seven reviews, written with plain JDBC through the
 * unrecorded pool, so no adapter is needed to set up the test of an adapter and none of this
 * SQL counts among the statements a test asserts.
 */
final class ReviewShelf {
    static final int REVIEWS = 7;

    private final Map<String, Long> bookIds = new LinkedHashMap<>();
    private final Map<Long, String> titles = new LinkedHashMap<>();

    static ReviewShelf restock(LessonDatabase db) {
        ReviewShelf shelf = new ReviewShelf();
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("delete from review");
                clear.executeUpdate("delete from book");
            }
            long dune = shelf.book(connection, "978-0-00-000004-2", "Dune");
            long smallGods = shelf.book(connection, "978-0-00-000005-9", "Small Gods");
            long dispossessed = shelf.book(connection, "978-0-00-000003-5", "The Dispossessed");
            shelf.book(connection, "978-0-00-000007-3", "Pompeii"); // nobody reviewed it
            review(connection, dune, "Ada", 5, "A desert planet and a messiah nobody should want.", "2024-01-10");
            review(connection, dune, "Ben", 3, "Slow start, great finish.", "2024-02-01");
            review(connection, dune, "Cleo", 4, "The spice must flow.", "2024-03-15");
            review(connection, smallGods, "Ada", 4, "Funny and wise about belief.", "2024-01-20");
            review(connection, smallGods, "Dmitri", 2, "Not my kind of humour.", "2024-04-02");
            review(connection, dispossessed, "Ben", 5, "An ambiguous utopia, and a great one.", "2024-02-28");
            review(connection, dispossessed, "Cleo", 1, "Too slow for me.", "2024-05-05");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stock the review shelf: " + e.getMessage(), e);
        }
        return shelf;
    }

    long book(String title) {
        Long id = bookIds.get(title);
        if (id == null) {
            throw new IllegalArgumentException("Not on the shelf: " + title + "; there are " + bookIds.keySet());
        }
        return id;
    }

    /** "Ada on Dune": a review as the assertions compare it. */
    String describe(Review review) {
        return review.reader() + " on " + titles.getOrDefault(review.bookId(), "book " + review.bookId());
    }

    private long book(Connection connection, String isbn, String title) throws SQLException {
        long id = insert(connection, "insert into book (isbn, title) values (?, ?)", isbn, title);
        bookIds.put(title, id);
        titles.put(id, title);
        return id;
    }

    private static void review(Connection connection, long book, String reader, int rating, String text, String day)
            throws SQLException {
        insert(connection, "insert into review (book_id, reader, rating, body, posted_on) values (?, ?, ?, ?, ?)",
                book, reader, rating, text, Date.valueOf(LocalDate.parse(day)));
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

package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every test starts from: four books, eight reviews, written with plain JDBC through the
 * unrecorded pool, so no adapter is needed to set up the test of an adapter and none of this
 * SQL counts among the statements a test asserts. It remembers every row it wrote, so a test can
 * compare each review an adapter returns with what was stored, field by field.
 *
 * <p>The rows are written in an order that lets no shortcut pass: ids do not follow the dates
 * (newest first is not "highest id first"), two reviews of a book share a day (only the id
 * tie-breaker orders them), and reviews tied on rating were not written in the order of their books.
 */
final class ReviewShelf {
    static final int REVIEWS = 8;

    private final LessonDatabase db;
    private final Map<String, Long> bookIds = new LinkedHashMap<>();
    private final Map<Long, Book> books = new LinkedHashMap<>();
    private final Map<String, Row> reviews = new LinkedHashMap<>();

    /** A book as stored. */
    record Book(long id, String title) {
    }

    /**
     * A review as a row of its fields, "Ada on Dune" first for the reader of a failure message.
     * Two rows are equal when every field is: a field the adapter forgot to map shows as null.
     */
    record Row(String about, Long id, Long bookId, String reader, int rating, String text, LocalDate postedOn) {
    }

    private ReviewShelf(LessonDatabase db) {
        this.db = db;
    }

    static ReviewShelf restock(LessonDatabase db) {
        ReviewShelf shelf = new ReviewShelf(db);
        db.update("delete from review");
        db.update("delete from book");
        long dune = shelf.addBook("978-0-00-000004-2", "Dune");
        long smallGods = shelf.addBook("978-0-00-000005-9", "Small Gods");
        long dispossessed = shelf.addBook("978-0-00-000003-5", "The Dispossessed");
        shelf.addBook("978-0-00-000007-3", "Pompeii"); // nobody reviewed it
        shelf.review(dispossessed, "Ben", 5, "An ambiguous utopia, and a great one.", "2024-02-28");
        shelf.review(dune, "Ada", 5, "A desert planet and a messiah nobody should want.", "2024-01-10");
        shelf.review(dune, "Cleo", 4, "The spice must flow.", "2024-03-15");
        shelf.review(smallGods, "Ada", 4, "Funny and wise about belief.", "2024-01-20");
        shelf.review(dune, "Ben", 3, "Slow start, great finish.", "2024-02-01");
        shelf.review(smallGods, "Dmitri", 2, "Not my kind of humour.", "2024-04-02");
        shelf.review(dune, "Eve", 2, "Sand, sand, and more sand.", "2024-02-01"); // the same day as Ben
        shelf.review(dispossessed, "Cleo", 1, "Too slow for me.", "2024-05-05");
        return shelf;
    }

    long book(String title) {
        return onShelf(bookIds, title);
    }

    Book bookTitled(String title) {
        return books.get(book(title));
    }

    /** Every stored review, in the order written. */
    List<Row> stored() {
        return List.copyOf(reviews.values());
    }

    /** The stored reviews, by "Reader on Title", in the order given. */
    List<Row> stored(String... abouts) {
        return Arrays.stream(abouts).map(this::stored).toList();
    }

    Row stored(String about) {
        return onShelf(reviews, about);
    }

    /** A test that names what is not on the shelf is wrong itself: say so, and what there is. */
    private static <T> T onShelf(Map<String, T> shelved, String name) {
        T found = shelved.get(name);
        if (found == null) {
            throw new IllegalArgumentException("Not on the shelf: " + name + "; there are " + shelved.keySet());
        }
        return found;
    }

    /** What an adapter returned, as a row to compare with the stored ones. */
    Row row(Review review) {
        return new Row(about(review.reader(), review.bookId()), review.id(), review.bookId(), review.reader(),
                review.rating(), review.text(), review.postedOn());
    }

    List<Row> rows(List<Review> found) {
        return found.stream().map(this::row).toList();
    }

    /** The review with this id as the table holds it, read with plain JDBC: what an adapter really wrote. */
    Optional<Row> readBack(long id) {
        String sql = "select book_id, reader, rating, body, posted_on from review where id = ?";
        try (Connection connection = db.unrecordedDataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long bookId = row.getLong("book_id");
                String reader = row.getString("reader");
                return Optional.of(new Row(about(reader, bookId), id, bookId, reader, row.getInt("rating"),
                        row.getString("body"), row.getDate("posted_on").toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read review " + id + " back", e);
        }
    }

    private String about(String reader, Long bookId) {
        Book book = bookId == null ? null : books.get(bookId);
        return reader + " on " + (book == null ? "book " + bookId : book.title());
    }

    private long addBook(String isbn, String title) {
        long id = db.insert("insert into book (isbn, title) values (?, ?)", isbn, title);
        bookIds.put(title, id);
        books.put(id, new Book(id, title));
        return id;
    }

    private void review(long book, String reader, int rating, String text, String day) {
        LocalDate postedOn = LocalDate.parse(day);
        long id = db.insert("insert into review (book_id, reader, rating, body, posted_on) values (?, ?, ?, ?, ?)",
                book, reader, rating, text, Date.valueOf(postedOn));
        reviews.put(about(reader, book), new Row(about(reader, book), id, book, reader, rating, text, postedOn));
    }
}

package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Date;
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

    private final LessonDatabase db;
    private final Map<String, Long> bookIds = new LinkedHashMap<>();
    private final Map<Long, String> titles = new LinkedHashMap<>();

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
        shelf.review(dune, "Ada", 5, "A desert planet and a messiah nobody should want.", "2024-01-10");
        shelf.review(dune, "Ben", 3, "Slow start, great finish.", "2024-02-01");
        shelf.review(dune, "Cleo", 4, "The spice must flow.", "2024-03-15");
        shelf.review(smallGods, "Ada", 4, "Funny and wise about belief.", "2024-01-20");
        shelf.review(smallGods, "Dmitri", 2, "Not my kind of humour.", "2024-04-02");
        shelf.review(dispossessed, "Ben", 5, "An ambiguous utopia, and a great one.", "2024-02-28");
        shelf.review(dispossessed, "Cleo", 1, "Too slow for me.", "2024-05-05");
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

    private long addBook(String isbn, String title) {
        long id = db.insert("insert into book (isbn, title) values (?, ?)", isbn, title);
        bookIds.put(title, id);
        titles.put(id, title);
        return id;
    }

    private void review(long book, String reader, int rating, String text, String day) {
        db.insert("insert into review (book_id, reader, rating, body, posted_on) values (?, ?, ?, ?, ?)",
                book, reader, rating, text, Date.valueOf(LocalDate.parse(day)));
    }
}

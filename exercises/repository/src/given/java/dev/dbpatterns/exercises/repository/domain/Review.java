package dev.dbpatterns.exercises.repository.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reader's review of a book: a rating from 1 to 5 and a few words. It names its book by id,
 * like an order line names its product: the review is saved on its own, never through the book.
 */
@Entity
@Table(name = "review")
public class Review {
    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "book_id", nullable = false)
    private Long bookId;

    @Column(nullable = false, length = 100)
    private String reader;

    @Column(nullable = false)
    private int rating;

    // "text" is a type name in several databases: the column is called body.
    @Column(name = "body", nullable = false, length = 2000)
    private String text;

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected Review() {
    }

    public Review(long bookId, String reader, int rating, String text, LocalDate postedOn) {
        if (reader == null || reader.isBlank()) {
            throw new IllegalArgumentException("A review needs the reader's name");
        }
        if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
            throw new IllegalArgumentException("A rating is " + LOWEST_RATING + " to " + HIGHEST_RATING + ", not " + rating);
        }
        this.bookId = bookId;
        this.reader = reader;
        this.rating = rating;
        this.text = Objects.requireNonNull(text, "text");
        this.postedOn = Objects.requireNonNull(postedOn, "postedOn");
    }

    public Long id() {
        return id;
    }

    public Long bookId() {
        return bookId;
    }

    public String reader() {
        return reader;
    }

    public int rating() {
        return rating;
    }

    public String text() {
        return text;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    @Override
    public String toString() {
        return "Review[" + id + ", book " + bookId + ", " + reader + ", " + rating + "/5]";
    }
}

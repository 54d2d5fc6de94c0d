package dev.dbpatterns.exercises.repository.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A book as the review pages show it: its title and the reviews readers wrote, newest first.
 * The books themselves are stocked elsewhere; here they are only read, and only the columns the
 * page shows are mapped (the isbn and the rest stay in the table).
 */
@Entity
@Table(name = "book")
public class ReviewedBook {
    @Id
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    // Read-only from this side: Review.bookId owns the column. Lazy, as every collection is by
    // default: whoever loads books decides whether the reviews come in the same query.
    @OneToMany
    @JoinColumn(name = "book_id", insertable = false, updatable = false)
    @OrderBy("postedOn desc, id")
    private List<Review> reviews = new ArrayList<>();

    protected ReviewedBook() {
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Newest first, and by id among reviews of the same day; loaded, or not, as the adapter decided. */
    public List<Review> reviews() {
        return Collections.unmodifiableList(reviews);
    }

    @Override
    public String toString() {
        return "ReviewedBook[" + id + ", " + title + "]";
    }
}

package dev.dbpatterns.docs.quickref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reader's stars for a book: the quick reference's entity with a sequence id, which batches. */
@Entity
@Table(name = "review")
public class Review {
    // tag::sequence-id[]
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;
    // end::sequence-id[]

    @Column(name = "book_id", nullable = false)
    private long bookId;

    @Column(nullable = false)
    private int stars;

    protected Review() {
    }

    public Review(long bookId, int stars) {
        this.bookId = bookId;
        this.stars = stars;
    }

    public Long id() {
        return id;
    }
}

package dev.dbpatterns.querying.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A reader's review of a book. Its many-to-one keeps JPA's default, EAGER: the lesson on what
 * that costs on a query rather than on {@code find}.
 */
@Entity
@Table(name = "review")
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "book_id", nullable = false)
    private Book book;

    @Column(nullable = false, length = 100)
    private String reviewer;

    @Column(nullable = false)
    private int stars;

    protected Review() {
    }

    public Long id() {
        return id;
    }

    public Book book() {
        return book;
    }

    public String reviewer() {
        return reviewer;
    }

    public int stars() {
        return stars;
    }

    @Override
    public String toString() {
        return "Review[" + id + ", " + reviewer + "]";
    }
}

package dev.dbpatterns.async.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reader's review of a book: stars from 1 to 5 and a few words. */
@Entity
@Table(name = "review")
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "book_id")
    private Book book;

    @Column(nullable = false)
    private int stars;

    @Column(nullable = false, length = 500)
    private String text;

    protected Review() {
    }

    public Review(Book book, int stars, String text) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("A review gives 1 to 5 stars, not " + stars);
        }
        this.book = book;
        this.stars = stars;
        this.text = text;
    }

    public Long id() {
        return id;
    }

    public int stars() {
        return stars;
    }

    public String text() {
        return text;
    }
}

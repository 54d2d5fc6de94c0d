package dev.dbpatterns.exercises.querying.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A book; it names its author by id. */
@Entity
@Table(name = "book")
public class Book {
    @Id
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "published_year", nullable = false)
    private int publishedYear;

    protected Book() {
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Long authorId() {
        return authorId;
    }

    public int publishedYear() {
        return publishedYear;
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + title + ", " + publishedYear + "]";
    }
}

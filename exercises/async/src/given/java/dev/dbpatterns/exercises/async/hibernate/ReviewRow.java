package dev.dbpatterns.exercises.async.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of review, for queries: its book is a plain id, so nothing in it is left to load. */
@Entity
@Table(name = "review")
public class ReviewRow {
    @Id
    private Long id;
    @Column(name = "book_id")
    private Long bookId;
    private int stars;
    private String text;

    protected ReviewRow() {
    }
}

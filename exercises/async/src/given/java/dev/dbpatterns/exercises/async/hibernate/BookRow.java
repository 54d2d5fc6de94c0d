package dev.dbpatterns.exercises.async.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of book, for queries: {@code select new Book(b.id, b.title) from BookRow b …}. */
@Entity
@Table(name = "book")
public class BookRow {
    @Id
    private Long id;
    private String title;

    protected BookRow() {
    }
}

package dev.dbpatterns.exercises.async.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of the view stock, read only: the warehouse's count of a book, as slow as warehouse_latency says. */
@Entity
@Immutable
@Table(name = "stock")
public class StockRow {
    @Id
    @Column(name = "book_id")
    private Long bookId;
    private int copies;

    protected StockRow() {
    }
}

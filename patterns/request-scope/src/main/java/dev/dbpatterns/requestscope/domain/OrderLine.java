package dev.dbpatterns.requestscope.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** So many copies of a book in an order; the ids are plain columns, the foreign keys check them. */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "book_id", nullable = false)
    private long bookId;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {
    }

    public OrderLine(long orderId, long bookId, int quantity) {
        this.orderId = orderId;
        this.bookId = bookId;
        this.quantity = quantity;
    }

    public long orderId() {
        return orderId;
    }

    public long bookId() {
        return bookId;
    }

    public int quantity() {
        return quantity;
    }
}

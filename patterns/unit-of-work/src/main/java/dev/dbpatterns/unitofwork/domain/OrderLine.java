package dev.dbpatterns.unitofwork.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** So many copies of one book, at the price of the day, in an order. */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = ShopIds.SEQUENCE, allocationSize = ShopIds.BLOCK_SIZE)
    private Long id;

    // tag::order-cascade[]
    // Not optional: a line cannot be written before its order, which is what makes the order of
    // INSERTs matter to a unit of work. Persisting a line of a new order persists the order too
    // (and, by its own cascade, the other lines): without it, Hibernate refuses persist(line)
    // while the order is unsaved.
    @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;
    // end::order-cascade[]

    @Column(name = "book_id", nullable = false)
    private Long bookId;

    @Column(nullable = false)
    private int copies;

    @Column(name = "unit_price", nullable = false, precision = 8, scale = 2)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    OrderLine(Order order, Book book, int copies) {
        if (book.id() == null) {
            throw new IllegalArgumentException("Only a book the shop stocks can be ordered, not " + book);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("Order at least one copy of " + book.title() + ", not " + copies);
        }
        this.order = order;
        this.bookId = book.id();
        this.copies = copies;
        this.unitPrice = book.price();
    }

    public Long id() {
        return id;
    }

    public Order order() {
        return order;
    }

    public Long bookId() {
        return bookId;
    }

    public int copies() {
        return copies;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(copies));
    }

    @Override
    public String toString() {
        return "OrderLine[" + id + ", " + copies + " x book " + bookId + "]";
    }
}

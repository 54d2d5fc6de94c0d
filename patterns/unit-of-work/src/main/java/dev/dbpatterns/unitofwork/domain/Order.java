package dev.dbpatterns.unitofwork.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer's order and its lines: one aggregate, written and removed as a whole. It names its
 * customer and its books by id; each of those is an aggregate of its own.
 */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = ShopIds.SEQUENCE, allocationSize = ShopIds.BLOCK_SIZE)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    // The lines live and die with their order: registering or removing the order does the same
    // to its lines, in both units of work.
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public Order(Customer customer) {
        if (customer.id() == null) {
            throw new IllegalArgumentException("Save the customer before they order: " + customer);
        }
        this.customerId = customer.id();
    }

    public Long id() {
        return id;
    }

    public Long customerId() {
        return customerId;
    }

    public BigDecimal total() {
        return total;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** Adds a line at the book's current price. Taking the copies from stock is the caller's step. */
    public OrderLine add(Book book, int copies) {
        OrderLine line = new OrderLine(this, book, copies);
        lines.add(line);
        total = total.add(line.amount());
        return line;
    }

    /** One point for every whole unit of money spent. */
    public int loyaltyPoints() {
        return total.intValue();
    }

    @Override
    public String toString() {
        return "Order[" + id + ", customer " + customerId + ", " + lines.size() + " lines, " + total + "]";
    }
}

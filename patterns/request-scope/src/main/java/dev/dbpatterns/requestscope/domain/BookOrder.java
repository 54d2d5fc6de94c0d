package dev.dbpatterns.requestscope.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An order's head: who placed it. Its lines are {@link OrderLine}s. */
@Entity
@Table(name = "book_order")
public class BookOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String customer;

    protected BookOrder() {
    }

    public BookOrder(String customer) {
        this.customer = customer;
    }

    public Long id() {
        return id;
    }

    public String customer() {
        return customer;
    }
}

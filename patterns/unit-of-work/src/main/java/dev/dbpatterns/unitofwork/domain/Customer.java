package dev.dbpatterns.unitofwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A customer, who earns loyalty points with every order. No version column, on purpose: the
 * stale-unit lessons show what an outdated unit of work silently does to unguarded data.
 */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = ShopIds.SEQUENCE, allocationSize = ShopIds.BLOCK_SIZE)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "loyalty_points", nullable = false)
    private int loyaltyPoints;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected Customer() {
    }

    public Customer(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A customer needs a name");
        }
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int loyaltyPoints() {
        return loyaltyPoints;
    }

    public void earnPoints(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("Points are earned, never taken: " + points);
        }
        loyaltyPoints += points;
    }

    @Override
    public String toString() {
        return "Customer[" + id + ", " + name + ", " + loyaltyPoints + " points]";
    }
}

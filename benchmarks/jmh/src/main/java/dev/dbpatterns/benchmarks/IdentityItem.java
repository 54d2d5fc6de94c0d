package dev.dbpatterns.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Ids the database generates on insert: Hibernate must send each insert alone to learn its id. */
@Entity
@Table(name = "identity_item")
public class IdentityItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int quantity;

    protected IdentityItem() {
    }

    public IdentityItem(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }
}

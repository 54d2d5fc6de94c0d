package dev.dbpatterns.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.SequenceGenerator;

/** Ids from a sequence, fetched a batch's worth at a time: Hibernate can batch these inserts. */
@Entity
@Table(name = "sequenced_item")
public class SequencedItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "items")
    @SequenceGenerator(name = "items", sequenceName = "sequenced_item_ids", allocationSize = PoolSettings.BATCH_SIZE)
    private Long id;
    private String name;
    private int quantity;

    protected SequencedItem() {
    }

    public SequencedItem(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }
}

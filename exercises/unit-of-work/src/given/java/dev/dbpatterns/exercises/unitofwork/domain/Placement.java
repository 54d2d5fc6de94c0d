package dev.dbpatterns.exercises.unitofwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Where a title stands in the shop: on which shelf, in which slot (counting from 1). Each title
 * has one place, so the ISBN is the key. The placement names its shelf by code, as the table does;
 * the shelf is a thing of its own, saved on its own.
 */
@Entity
@Table(name = "placement")
public class Placement {
    @Id
    @Column(length = 17)
    private String isbn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "shelf_code", nullable = false, length = 10)
    private String shelfCode;

    @Column(nullable = false)
    private int slot;

    protected Placement() {
    }

    public Placement(String isbn, String title, Shelf shelf, int slot) {
        if (isbn == null || isbn.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A placement needs an ISBN and a title");
        }
        this.isbn = isbn;
        this.title = title;
        moveTo(shelf, slot);
    }

    public String isbn() {
        return isbn;
    }

    public String title() {
        return title;
    }

    public String shelfCode() {
        return shelfCode;
    }

    public int slot() {
        return slot;
    }

    /** Onto another shelf (or the same), into the given slot. */
    public void moveTo(Shelf shelf, int newSlot) {
        String code = Objects.requireNonNull(shelf, "shelf").code();
        shiftTo(newSlot);
        this.shelfCode = code;
    }

    /** Along the same shelf, into the given slot. */
    public void shiftTo(int newSlot) {
        if (newSlot < 1) {
            throw new IllegalArgumentException("Slots count from 1, not " + newSlot);
        }
        this.slot = newSlot;
    }

    @Override
    public String toString() {
        return "Placement[" + isbn + ", " + title + ", shelf " + shelfCode + " slot " + slot + "]";
    }
}

package dev.dbpatterns.exercises.unitofwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A shelf of the shop, known by the code painted on it ("A", "B2"), with a label for the
 * customers. Its code is its key: given by the shop, never generated.
 *
 * <p>No equals or hashCode of its own: two objects are the same shelf only if they are the same
 * object, which is what a unit of work's identity map guarantees.
 */
@Entity
@Table(name = "shelf")
public class Shelf {
    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 100)
    private String label;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected Shelf() {
    }

    public Shelf(String code, String label) {
        if (code == null || code.isBlank() || code.length() > 10) {
            throw new IllegalArgumentException("A shelf's code is 1 to 10 characters, not '" + code + "'");
        }
        this.code = code;
        relabel(label);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public void relabel(String newLabel) {
        if (newLabel == null || newLabel.isBlank()) {
            throw new IllegalArgumentException("Shelf " + code + " needs a label");
        }
        this.label = newLabel;
    }

    @Override
    public String toString() {
        return "Shelf[" + code + ", " + label + "]";
    }
}

package dev.dbpatterns.exercises.mapping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One visit of a seller at the counter, and the used copies the shop bought from them. */
@Entity
@Table(name = "trade")
public class Trade {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String receipt;

    @Column(nullable = false, length = 80)
    private String seller;

    // Null until the seller is paid; your PriceConverter (task 1) turns it into paid_out_cents.
    @Column(name = "paid_out_cents")
    private Price paidOut;

    // UsedCopy.trade owns the foreign key; this list mirrors it.
    // TODO(task 3): recording a trade must record its copies, and a copy taken off the list must be deleted.
    @OneToMany(mappedBy = "trade")
    @OrderBy("isbn, id")
    private List<UsedCopy> copies = new ArrayList<>();

    protected Trade() {
    }

    public Trade(String receipt, String seller) {
        this.receipt = receipt;
        this.seller = seller;
    }

    public Long id() {
        return id;
    }

    public String receipt() {
        return receipt;
    }

    public String seller() {
        return seller;
    }

    public Price paidOut() {
        return paidOut;
    }

    public List<UsedCopy> copies() {
        return Collections.unmodifiableList(copies);
    }

    public void settle(Price paid) {
        this.paidOut = paid;
    }

    /** The shop buys a copy: it names this trade, and this trade lists it. */
    public UsedCopy take(String isbn, Grade grade, Price offer) {
        // TODO(task 3): a new UsedCopy of this trade, added to the list, and returned.
        throw new UnsupportedOperationException("TODO(task 3): take a copy, both ends set");
    }

    /** The seller takes a copy back: off this trade's list, and the copy no longer names the trade. */
    public UsedCopy handBack(long copyId) {
        // TODO(task 3): find the copy with this id among this trade's copies (none: IllegalArgumentException),
        //   take it off the list, and have it leave the trade (UsedCopy.leaveTrade). Return it.
        throw new UnsupportedOperationException("TODO(task 3): hand a copy back, both ends cleared");
    }

    @Override
    public String toString() {
        return "Trade[" + id + ", " + receipt + ", " + seller + "]";
    }
}

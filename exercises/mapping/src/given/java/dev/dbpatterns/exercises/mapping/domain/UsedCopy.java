package dev.dbpatterns.exercises.mapping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A used copy the shop bought in a trade: the many end, and the owner of the foreign key. */
@Entity
@Table(name = "used_copy")
public class UsedCopy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // What Hibernate writes to used_copy.trade_id; Trade's list only mirrors it.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trade_id", nullable = false)
    private Trade trade;

    @Column(nullable = false, length = 13)
    private String isbn;

    // By name; the column definition keeps Hibernate from expecting MariaDB's native enum type.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, columnDefinition = "varchar(10)")
    private Grade grade;

    // A Price: your PriceConverter (task 1) turns it into offer_cents.
    @Column(name = "offer_cents", nullable = false)
    private Price offer;

    protected UsedCopy() {
    }

    /** Only a trade makes its copies (Trade.take), so both ends are set together. */
    UsedCopy(Trade trade, String isbn, Grade grade, Price offer) {
        this.trade = trade;
        this.isbn = isbn;
        this.grade = grade;
        this.offer = offer;
    }

    public Long id() {
        return id;
    }

    /** The trade that bought this copy; null once the seller took it back. */
    public Trade trade() {
        return trade;
    }

    public String isbn() {
        return isbn;
    }

    public Grade grade() {
        return grade;
    }

    public Price offer() {
        return offer;
    }

    /** For Trade.handBack: the copy no longer belongs to the trade. */
    void leaveTrade() {
        trade = null;
    }

    @Override
    public String toString() {
        return "UsedCopy[" + id + ", " + isbn + ", " + grade + ", " + offer + "]";
    }
}

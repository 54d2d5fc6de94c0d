package dev.dbpatterns.pooling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A concert on sale: a title and the seats still free. */
@Entity
@Table(name = "concert")
public class Concert {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "seats_left", nullable = false)
    private int seatsLeft;

    protected Concert() {
    }

    public Concert(String title, int seats) {
        this.title = title;
        this.seatsLeft = seats;
    }

    /** Takes that many seats if they are free; the caller holds the row, so no one else is counting. */
    public boolean sell(int seats) {
        if (seats <= 0) {
            throw new IllegalArgumentException("A sale is of one seat or more, not " + seats);
        }
        if (seats > seatsLeft) {
            return false;
        }
        seatsLeft -= seats;
        return true;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int seatsLeft() {
        return seatsLeft;
    }
}

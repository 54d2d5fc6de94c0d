package dev.dbpatterns.requestscope.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A book on sale. Its reviews are a lazy association in Hibernate: loaded when first read, which needs the session
 * that loaded the book to be open still (Open Session in View). MyBatis fills them in with the book.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "price_cents", nullable = false)
    private int priceCents;

    @Column(nullable = false)
    private int stock;

    @OneToMany(mappedBy = "book")
    @OrderBy("id")
    private List<Review> reviews = new ArrayList<>();

    protected Book() {
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int priceCents() {
        return priceCents;
    }

    public int stock() {
        return stock;
    }

    /** Oldest first; loaded by now or on this call, as the adapter decided. Read it, do not change it. */
    public List<Review> reviews() {
        return reviews;
    }
}

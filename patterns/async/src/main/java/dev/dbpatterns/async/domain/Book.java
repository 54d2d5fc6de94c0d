package dev.dbpatterns.async.domain;

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
 * A book and its reviews. The reviews are a lazy association: Hibernate loads them only when asked, which an
 * entity read in a session that has closed cannot do any more.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "book")
    @OrderBy("id")
    private List<Review> reviews = new ArrayList<>();

    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    /**
     * The reviews, oldest first: loaded, or not, as the adapter decided. Read it, do not change it. It is the list
     * Hibernate manages (a collection it can still load, until it has), not a copy, so that Hibernate Reactive's
     * {@code Mutiny.fetch} can load it.
     */
    public List<Review> reviews() {
        return reviews;
    }
}

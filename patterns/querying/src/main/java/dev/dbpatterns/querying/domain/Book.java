package dev.dbpatterns.querying.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A book. It names its author by id; its reviews are a List (a "bag" to Hibernate) and its tags a
 * Set, which is what decides whether Hibernate will join-fetch both at once. MyBatis maps the
 * columns and leaves both collections empty.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "published_year", nullable = false)
    private int publishedYear;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    @OneToMany(mappedBy = "book")
    @OrderBy("id")
    private List<Review> reviews = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "book_tag", joinColumns = @JoinColumn(name = "book_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    protected Book() {
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Long authorId() {
        return authorId;
    }

    public int publishedYear() {
        return publishedYear;
    }

    public BigDecimal price() {
        return price;
    }

    public List<Review> reviews() {
        return Collections.unmodifiableList(reviews);
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(tags);
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + title + "]";
    }
}

package dev.dbpatterns.mapping.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A book: the many end of its author's books, and tagged with any number of shared tags. */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // tag::many-to-one[]
    // The owning side: this field is what Hibernate writes to book.author_id.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Author author;
    // end::many-to-one[]

    @Column(nullable = false, length = 17)
    private String isbn;

    @Column(nullable = false, length = 200)
    private String title;

    // tag::embedded[]
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private Money price;
    // end::embedded[]

    // tag::defaults[]
    // A Java-side default: every INSERT sends it, so the column's own default never applies.
    @Column(name = "in_print", nullable = false)
    private boolean inPrint = true;

    // The database's default: left out of every INSERT and UPDATE, so the database decides.
    // Hibernate does not read it back by itself: until the row is read again it stays null.
    @Column(insertable = false, updatable = false)
    private Integer edition;
    // end::defaults[]

    // tag::many-to-many[]
    @ManyToMany
    @JoinTable(name = "book_tag",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    private Set<Tag> tags = new LinkedHashSet<>();
    // end::many-to-many[]

    protected Book() {
    }

    /** Only {@link Author#write} creates a book, so both ends are set together. */
    Book(Author author, String isbn, String title, Money price) {
        this.author = author;
        this.isbn = isbn;
        this.title = title;
        this.price = price;
    }

    public Long id() {
        return id;
    }

    /** The author, or null once the author withdrew the book. */
    public Author author() {
        return author;
    }

    public String isbn() {
        return isbn;
    }

    public String title() {
        return title;
    }

    public Money price() {
        return price;
    }

    public boolean inPrint() {
        return inPrint;
    }

    /** The edition the database gave the book; null until its row has been read back. */
    public Integer edition() {
        return edition;
    }

    public Set<Tag> tags() {
        return Collections.unmodifiableSet(tags);
    }

    public Book tag(Tag tag) {
        tags.add(tag);
        return this;
    }

    public void outOfPrint() {
        inPrint = false;
    }

    void forgetAuthor() {
        author = null;
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + isbn + ", " + title + "]";
    }
}

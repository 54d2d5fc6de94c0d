package dev.dbpatterns.migrations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A book in the catalogue. Its columns are what the migrations made of the table over two
 * releases: V1 the ISBN and title, V2 the shelf. A class, not a record, because Hibernate
 * instantiates entities through a no-argument constructor.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String isbn;

    @Column(nullable = false, length = 200)
    private String title;

    /** Added by V2; the catalogue of the first release never saw it. */
    @Column(nullable = false, length = 20)
    private String shelf;

    protected Book() {
    }

    public Book(String isbn, String title, String shelf) {
        this.isbn = isbn;
        this.title = title;
        this.shelf = shelf;
    }

    public Long id() {
        return id;
    }

    public String isbn() {
        return isbn;
    }

    public String title() {
        return title;
    }

    public String shelf() {
        return shelf;
    }
}

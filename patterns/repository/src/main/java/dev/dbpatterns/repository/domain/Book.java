package dev.dbpatterns.repository.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A book in the shop. It names its author by id rather than holding the Author: each is an
 * aggregate of its own, loaded and saved on its own. The annotations are mapping metadata for
 * Hibernate; MyBatis ignores them and reads its own result map.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 17)
    private String isbn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    // varchar, not MariaDB's native ENUM, which Hibernate would otherwise expect there.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(30)")
    private Genre genre;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    @Column(name = "published_year", nullable = false)
    private int publishedYear;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected Book() {
    }

    public Book(String isbn, String title, long authorId, Genre genre, BigDecimal price, int publishedYear) {
        this.isbn = requireText(isbn, "isbn");
        this.title = requireText(title, "title");
        this.authorId = authorId;
        this.genre = Objects.requireNonNull(genre, "genre");
        this.price = requirePrice(price);
        this.publishedYear = publishedYear;
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

    public Long authorId() {
        return authorId;
    }

    public Genre genre() {
        return genre;
    }

    public BigDecimal price() {
        return price;
    }

    public int publishedYear() {
        return publishedYear;
    }

    public void retitle(String newTitle) {
        this.title = requireText(newTitle, "title");
    }

    public void reprice(BigDecimal newPrice) {
        this.price = requirePrice(newPrice);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A book needs a " + name);
        }
        return value;
    }

    private static BigDecimal requirePrice(BigDecimal price) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("A price must be zero or more, not " + price);
        }
        return price;
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + isbn + ", " + title + "]";
    }
}

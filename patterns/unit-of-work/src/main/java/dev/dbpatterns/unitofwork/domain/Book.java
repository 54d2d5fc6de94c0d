package dev.dbpatterns.unitofwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A book on sale and how many copies are in stock. Every buyer changes the stock, so the row
 * carries a version: a unit of work that loaded an older version is refused at commit.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = ShopIds.SEQUENCE, allocationSize = ShopIds.BLOCK_SIZE)
    private Long id;

    @Column(nullable = false, length = 17)
    private String isbn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    @Column(name = "in_stock", nullable = false)
    private int inStock;

    // tag::version[]
    @Version
    @Column(nullable = false)
    private int version;
    // end::version[]

    protected Book() {
    }

    public Book(String isbn, String title, BigDecimal price, int inStock) {
        if (isbn == null || isbn.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A book needs an ISBN and a title");
        }
        if (price == null || price.signum() < 0 || inStock < 0) {
            throw new IllegalArgumentException("A price and a stock are zero or more, not " + price + " and " + inStock);
        }
        this.isbn = isbn;
        this.title = title;
        this.price = price;
        this.inStock = inStock;
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

    public BigDecimal price() {
        return price;
    }

    public int inStock() {
        return inStock;
    }

    /** @throws OutOfStockException when fewer copies are left; the stock is then unchanged */
    public void take(int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("Take at least one copy of " + title + ", not " + copies);
        }
        if (copies > inStock) {
            throw new OutOfStockException(this, copies);
        }
        inStock -= copies;
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + title + ", " + inStock + " in stock]";
    }
}

package dev.dbpatterns.migrations.releases.renamed;

import dev.dbpatterns.migrations.releases.Listing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Release N+2's book, for Hibernate and for its MyBatis mapper: the rename done, title never
 * mentioned. It inserts while title still exists only because the expand made title nullable.
 * Like N+1's, it is release N's class but for the cover's column: each release ships its own copy.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String isbn;

    @Column(length = 200)
    private String name;

    @Column(nullable = false, length = 20)
    private String shelf;

    protected Book() {
    }

    public Book(Listing listing) {
        this.isbn = listing.isbn();
        this.name = listing.name();
        this.shelf = listing.shelf();
    }

    public Listing listing() {
        return new Listing(id, isbn, name, shelf);
    }
}

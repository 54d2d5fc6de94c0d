package dev.dbpatterns.migrations.releases.writesboth;

import dev.dbpatterns.migrations.releases.Listing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/**
 * Release N+1's book, for Hibernate and for its MyBatis mapper. It writes the words on the cover
 * into both columns, so release N, still running beside it, reads its books; and reads the name,
 * else the title, so the books release N writes meanwhile (title only) keep their words. It is
 * release N's {@code domain/Book} but for those columns, on purpose: each release ships its own
 * copy of the class, and the difference between the copies is the rename.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String isbn;

    /** Kept for release N only: this release never reads it but through the name's fallback. */
    @Column(length = 200)
    private String title;

    // tag::fallback[]
    @Column(length = 200)
    @ColumnTransformer(read = "coalesce(name, title)")
    private String name;
    // end::fallback[]

    @Column(nullable = false, length = 20)
    private String shelf;

    protected Book() {
    }

    public Book(Listing listing) {
        this.isbn = listing.isbn();
        this.title = listing.name();
        this.name = listing.name();
        this.shelf = listing.shelf();
    }

    public Listing listing() {
        return new Listing(id, isbn, name, shelf);
    }
}

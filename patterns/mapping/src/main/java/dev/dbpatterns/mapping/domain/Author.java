package dev.dbpatterns.mapping.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An author and the books they wrote: the one end of a one-to-many that both ends can walk.
 * Only the author adds or withdraws a book, so the two ends cannot disagree.
 */
@Entity
@Table(name = "author")
public class Author {
    // An identity column: the id exists only once the row is inserted.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    // tag::one-to-many[]
    // mappedBy: Book.author owns the foreign key; this list only mirrors it. Saving an author
    // saves its books (cascade), and a book taken out of the list is deleted (orphanRemoval).
    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("isbn")
    private List<Book> books = new ArrayList<>();
    // end::one-to-many[]

    protected Author() {
    }

    /** The name is not checked here: the NOT NULL and UNIQUE constraints check it, and the lessons show how each style reports them. */
    public Author(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Book> books() {
        return Collections.unmodifiableList(books);
    }

    // tag::both-ends[]
    /** A new book by this author: it names the author, and the author lists it. */
    public Book write(String isbn, String title, Money price) {
        Book book = new Book(this, isbn, title, price);
        books.add(book);
        return book;
    }

    /** Takes the book off this author's list, and the author off the book. */
    public void withdraw(Book book) {
        if (books.remove(book)) {
            book.forgetAuthor();
        }
    }
    // end::both-ends[]

    @Override
    public String toString() {
        return "Author[" + id + ", " + name + "]";
    }
}

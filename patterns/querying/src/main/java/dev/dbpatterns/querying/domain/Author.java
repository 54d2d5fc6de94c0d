package dev.dbpatterns.querying.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An author and the books they wrote: the one-to-many every fetch plan loads. */
@Entity
@Table(name = "author")
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    // Lazy (the default for a collection), read-only from this side: Book.authorId owns the column.
    @OneToMany
    @JoinColumn(name = "author_id", insertable = false, updatable = false)
    @OrderBy("title")
    private List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The author's books by title: loaded, or not, as the query's fetch plan decided. */
    public List<Book> books() {
        return Collections.unmodifiableList(books);
    }

    /**
     * For an adapter that loads the books in a statement of its own (MyBatis's two-query plan)
     * and hands each author its share.
     */
    public void attachBooks(List<Book> loaded) {
        this.books = new ArrayList<>(loaded);
    }

    @Override
    public String toString() {
        return "Author[" + id + ", " + name + "]";
    }
}

package dev.dbpatterns.exercises.querying.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An author and their books; the books are lazy, so the fetch plan is the adapter's to choose. */
@Entity
@Table(name = "author")
public class Author {
    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

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

    /** The author's books by title. */
    public List<Book> books() {
        return Collections.unmodifiableList(books);
    }

    /** For an adapter that loads the books in a statement of its own and hands each author its share. */
    public void attachBooks(List<Book> loaded) {
        this.books = new ArrayList<>(loaded);
    }
}

package dev.dbpatterns.repository.domain;

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

/** An author and the books they wrote: the one-to-many the lessons load naively and well. */
@Entity
@Table(name = "author")
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    // Read-only from this side: Book.authorId owns the column, so saving an Author never
    // rewrites its books' foreign keys.
    @OneToMany
    @JoinColumn(name = "author_id", insertable = false, updatable = false)
    @OrderBy("title")
    private List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Author(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An author needs a name");
        }
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The author's books by title; loaded, or not, as the adapter decided. */
    public List<Book> books() {
        return Collections.unmodifiableList(books);
    }

    @Override
    public String toString() {
        return "Author[" + id + ", " + name + "]";
    }
}

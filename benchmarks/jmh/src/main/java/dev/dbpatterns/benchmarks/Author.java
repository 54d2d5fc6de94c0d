package dev.dbpatterns.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Hibernate's view of an author; MyBatis and raw JDBC read the same table into {@link AuthorRow}. */
@Entity
@Table(name = "author")
public class Author {
    @Id
    private Long id;
    private String name;
    private long visits;
    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    private List<Book> books = new ArrayList<>();

    protected Author() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}

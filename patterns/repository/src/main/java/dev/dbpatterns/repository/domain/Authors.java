package dev.dbpatterns.repository.domain;

import java.util.List;

/** The shop's authors. */
public interface Authors {

    /** Adds a new author and returns it with its id. */
    Author save(Author author);

    /** Every author by name, each with their books by title, loaded in one round trip. */
    List<Author> findAllWithBooks();
}

package dev.dbpatterns.migrations.domain;

import java.util.List;
import java.util.Optional;

/**
 * A library's catalogue, the application whose schema the migrations evolve. Each release of it
 * expects the columns its migrations made: the lessons run it against a schema migrated to
 * another version to show what breaks, and where it is named.
 */
public interface Catalogue {

    /** Adds the book; its generated id. */
    long add(Book book);

    Optional<Book> byIsbn(String isbn);

    /** The books on a shelf, by title. */
    List<Book> onShelf(String shelf);
}

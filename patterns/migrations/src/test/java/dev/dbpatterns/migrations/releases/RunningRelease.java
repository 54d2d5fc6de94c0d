package dev.dbpatterns.migrations.releases;

import java.util.Optional;

/** A release of the catalogue, started in one style on the schema as it is: what a deployment runs. */
public interface RunningRelease extends AutoCloseable {

    /** Adds the book as this release writes it; its generated id. */
    long add(Listing book);

    /** The book as this release reads it. */
    Optional<Listing> byIsbn(String isbn);

    /** Stops it: Hibernate's factory closes; MyBatis holds nothing. */
    @Override
    void close();
}

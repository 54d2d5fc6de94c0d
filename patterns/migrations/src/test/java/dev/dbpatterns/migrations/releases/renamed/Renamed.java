package dev.dbpatterns.migrations.releases.renamed;

import dev.dbpatterns.migrations.releases.LaterRelease;

/** Release N+2, "renamed": runs from the backfill (V4) on, and alone after the contract (V5). */
public final class Renamed {
    public static final LaterRelease<Book> CLASSES = new LaterRelease<>(Book.class, BookMapper.class, Book::new, Book::listing);

    private Renamed() {
    }
}

package dev.dbpatterns.migrations.releases.writesboth;

import dev.dbpatterns.migrations.releases.LaterRelease;

/** Release N+1, "writes both": runs from the expand (V3) until the contract (V5), beside N, then beside N+2. */
public final class WritesBoth {
    public static final LaterRelease<Book> CLASSES = new LaterRelease<>(Book.class, BookMapper.class, Book::new, Book::listing);

    private WritesBoth() {
    }
}

package dev.dbpatterns.async;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.Cancellation;
import dev.dbpatterns.async.domain.Catalog;
import dev.dbpatterns.kit.lesson.Workers;
import java.time.Duration;

/**
 * A catalogue whose lookup of one book waits until the server runs so many other lookups: how a lesson makes a
 * failure come while the others work, ordered by what the server reports rather than by a pause.
 */
final class LookupAfterOthers implements Catalog {
    private final Catalog catalog;
    private final long lastBook;
    private final ServerLookups server;
    private final int others;

    LookupAfterOthers(Catalog catalog, long lastBook, ServerLookups server, int others) {
        this.catalog = catalog;
        this.lastBook = lastBook;
        this.server = server;
        this.others = others;
    }

    @Override
    public String title(long bookId, Duration serverWork, Cancellation cancellation) {
        if (bookId == lastBook) {
            try {
                Workers.until(() -> others + " other lookups running on the server", () -> server.running() == others);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return catalog.title(bookId, serverWork, cancellation);
    }

    @Override
    public Book withReviews(long bookId) {
        return catalog.withReviews(bookId);
    }

    @Override
    public BookCard card(long bookId) {
        return catalog.card(bookId);
    }
}

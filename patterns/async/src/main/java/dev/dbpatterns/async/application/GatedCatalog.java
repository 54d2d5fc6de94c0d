package dev.dbpatterns.async.application;

import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.Cancellation;
import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.Catalog;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A catalogue that lets only so many callers in at once: as many as the pool has connections. Virtual threads are
 * cheap, so a thousand callers are easy to start; the pool is not, and a caller who waits in the pool's queue longer
 * than its connectionTimeout fails. Waiting here instead has no time limit, and the pool never has a queue.
 */
// tag::gate[]
public final class GatedCatalog implements Catalog {
    private final Catalog catalog;
    private final Semaphore permits;

    public GatedCatalog(Catalog catalog, int permits) {
        this.catalog = catalog;
        this.permits = new Semaphore(permits);
    }

    @Override
    public String title(long bookId, Duration serverWork, Cancellation cancellation) {
        return gated(() -> catalog.title(bookId, serverWork, cancellation));
    }

    private <T> T gated(Supplier<T> call) {
        permits.acquireUninterruptibly(); // a virtual thread waiting here frees its carrier
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }
    // end::gate[]

    @Override
    public Book withReviews(long bookId) {
        return gated(() -> catalog.withReviews(bookId));
    }

    @Override
    public BookCard card(long bookId) {
        return gated(() -> catalog.card(bookId));
    }
}

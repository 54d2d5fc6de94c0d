package dev.dbpatterns.exercises.async;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A shelf whose queries wait, once called, until the test lets them go: how a test sees how many queries run at
 * once, and fills the budget, without a query that takes a while.
 */
final class HeldShelf implements Shelf {
    private final Shelf shelf;
    private final CountDownLatch letGo = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    HeldShelf(Shelf shelf) {
        this.shelf = shelf;
    }

    /** Queries called and not yet let go. */
    int inFlight() {
        return inFlight.get();
    }

    /** Queries called so far. */
    int calls() {
        return calls.get();
    }

    void letGo() {
        letGo.countDown();
    }

    @Override
    public List<Book> books(List<Long> bookIds) {
        return held(() -> shelf.books(bookIds));
    }

    @Override
    public List<Review> reviews(List<Long> bookIds) {
        return held(() -> shelf.reviews(bookIds));
    }

    @Override
    public List<Stock> stock(List<Long> bookIds) {
        return held(() -> shelf.stock(bookIds));
    }

    private <T> T held(Supplier<T> query) {
        calls.incrementAndGet();
        inFlight.incrementAndGet();
        try {
            Workers.await(letGo, "the test letting the held queries go");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        } finally {
            inFlight.decrementAndGet();
        }
        return query.get();
    }
}

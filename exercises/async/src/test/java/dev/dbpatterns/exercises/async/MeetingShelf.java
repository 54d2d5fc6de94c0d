package dev.dbpatterns.exercises.async;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A shelf whose three queries of a page each wait, once called, until all three are called: they pass only when
 * they run at once. Queries run one after the other never meet, and the first one fails, naming why.
 */
final class MeetingShelf implements Shelf {
    private final Shelf shelf;
    private final CyclicBarrier allThree = new CyclicBarrier(3);

    MeetingShelf(Shelf shelf) {
        this.shelf = shelf;
    }

    @Override
    public List<Book> books(List<Long> bookIds) {
        return met(() -> shelf.books(bookIds));
    }

    @Override
    public List<Review> reviews(List<Long> bookIds) {
        return met(() -> shelf.reviews(bookIds));
    }

    @Override
    public List<Stock> stock(List<Long> bookIds) {
        return met(() -> shelf.stock(bookIds));
    }

    private <T> T met(Supplier<T> query) {
        try {
            allThree.await(Workers.SAFETY_NET.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | BrokenBarrierException e) {
            throw new AssertionError("the three queries of the page were never all running at once: "
                    + allThree.getNumberWaiting() + " waited for the others. Run them at the same time, each on a thread"
                    + " of its own, not one after the other", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other queries", e);
        }
        return query.get();
    }
}

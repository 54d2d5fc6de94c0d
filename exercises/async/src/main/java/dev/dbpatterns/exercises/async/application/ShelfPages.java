package dev.dbpatterns.exercises.async.application;

import dev.dbpatterns.exercises.async.domain.BookPage;
import dev.dbpatterns.exercises.async.domain.Shelf;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Pages of books, each from the shelf's three queries at once, on virtual threads: Python's {@code asyncio.gather}.
 * Every query holds one of the budget's permits while it runs, so all the pages loading at once never use more
 * connections than the budget; and a page not ready by its deadline gives up, leaving no query running or waiting.
 */
public final class ShelfPages {
    private final Shelf shelf;
    private final Semaphore connections;
    private final Duration deadline;

    /**
     * @param connections the budget: one permit per query running, shared by every page loading at once
     * @param deadline    how long a page may take, waiting for permits included
     */
    public ShelfPages(Shelf shelf, Semaphore connections, Duration deadline) {
        this.shelf = shelf;
        this.connections = connections;
        this.deadline = deadline;
    }

    public BookPage page(List<Long> bookIds) {
        // TODO(task 1): run shelf.books, shelf.reviews and shelf.stock at once, each on a virtual thread of its own,
        //   and put the page together with BookPage.of(bookIds, books, reviews, stock).
        //   - Each query takes a permit of `connections` on its own thread before it calls the shelf, and gives it
        //     back however the query ends: the budget is shared by every page loading at once.
        //   - A query that fails fails the page with its own exception (not wrapped).
        // TODO(task 3): the page gives up at `deadline` (waiting for a permit included) with PageTimedOutException,
        //   and leaves nothing behind: a query still waiting for a permit stops waiting, and a query running on the
        //   database is ended there (the shelves' statement limit; interrupting its thread does not end it).
        throw new UnsupportedOperationException("TODO(task 1): load the three parts of the page at once");
    }
}

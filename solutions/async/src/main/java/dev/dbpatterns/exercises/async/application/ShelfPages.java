package dev.dbpatterns.exercises.async.application;

import dev.dbpatterns.exercises.async.domain.BookPage;
import dev.dbpatterns.exercises.async.domain.PageTimedOutException;
import dev.dbpatterns.exercises.async.domain.Shelf;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        long end = System.nanoTime() + deadline.toNanos();
        // close() waits for every task: the page returns once its queries have ended, none left running for nobody.
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<? extends List<?>>> queries = List.of(
                    tasks.submit(withPermit(end, () -> shelf.books(bookIds))),
                    tasks.submit(withPermit(end, () -> shelf.reviews(bookIds))),
                    tasks.submit(withPermit(end, () -> shelf.stock(bookIds))));
            // No Future.cancel(true): interrupting a thread in a JDBC call closes its connection under the statement
            // (PostgreSQL, MariaDB), and the server goes on running it. The statement's time limit ends it there.
            return BookPage.of(bookIds, result(queries.get(0), end), result(queries.get(1), end), result(queries.get(2), end));
        }
    }

    private <T> Callable<T> withPermit(long end, Callable<T> query) {
        return () -> {
            // On the task's own thread, and no longer than the page's deadline: a query that got no permit by then
            // gives up without running. A virtual thread waiting here frees its carrier.
            if (!connections.tryAcquire(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw new PageTimedOutException("No connection of the budget was free within " + deadline, null);
            }
            try {
                return query.call();
            } finally {
                connections.release();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> result(Future<? extends List<?>> query, long end) {
        try {
            return (List<T>) query.get(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new PageTimedOutException("The page was not ready within " + deadline, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the page", e);
        }
    }
}

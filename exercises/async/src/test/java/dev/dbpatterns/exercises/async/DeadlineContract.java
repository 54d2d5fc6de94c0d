package dev.dbpatterns.exercises.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.async.application.ShelfPages;
import dev.dbpatterns.exercises.async.domain.BookPage;
import dev.dbpatterns.exercises.async.domain.PageTimedOutException;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A page under a deadline of half a second, in one style: a warehouse count that would take ten minutes is ended by the
 * database, and a page that cannot get a permit in time gives up without leaving its queries waiting. Each step
 * waits for what the database, the pool or the budget reports.
 */
@DatabaseTest
abstract class DeadlineContract {
    /** Under a second: a statement limit in whole seconds must round it up, never down to 0 (no limit at all). */
    private static final Duration DEADLINE = Duration.ofMillis(500);
    private static final Duration NO_HURRY = Duration.ofSeconds(30);
    private static final int BUDGET = 3;

    private LessonDatabase db;
    private Shop shop;
    private HikariDataSource pool;
    private StockQueries stockQueries;
    private final Semaphore connections = new Semaphore(BUDGET);
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    /** Your shelf of this style on the pool, with the database ending each statement after statementLimit. */
    protected abstract Shelf shelf(LessonDatabase db, HikariDataSource pool, Duration statementLimit);

    @BeforeEach
    void open(LessonDatabase db) throws Exception {
        this.db = db;
        this.shop = Shop.stocked(db);
        this.pool = db.shared("pool", ignored -> Shop.pool(db));
        this.stockQueries = StockQueries.open(db);
    }

    @AfterEach
    void close() throws Exception {
        try {
            stockQueries.cancelAll(); // what a wrong answer left running, so that the class can end
            callers.shutdownNow();
        } finally {
            stockQueries.close();
        }
    }

    @Test
    @DisplayName("a count that would take ten minutes: the page gives up at its deadline, the database ends the count (gone from its list), every connection and permit comes back")
    void aSlowCountIsEndedOnTheServer() throws Exception {
        Shop.slowWarehouse(db);
        ShelfPages pages = new ShelfPages(shelf(db, pool, DEADLINE), connections, DEADLINE);

        Future<BookPage> page = callers.submit(() -> pages.page(shop.page()));
        Workers.until(() -> "the warehouse count running on the database", () -> stockQueries.running() == 1 || page.isDone());
        Throwable thrown = Thrown.by(() -> Workers.result(page, "the page"));

        assertThat(thrown).as("what the page threw").isInstanceOf(PageTimedOutException.class);
        Workers.until(() -> "the count gone from the database's list (" + stillRunning() + " still running), every"
                + " connection back (" + Shop.active(pool) + " borrowed) and every permit back (" + connections.availablePermits()
                + " of " + BUDGET + "). A thread that stops waiting does not stop its statement: the database must end it,"
                + " and it does when the statement has a time limit", () -> stockQueries.running() == 0
                && Shop.active(pool) == 0 && connections.availablePermits() == BUDGET);
    }

    private String stillRunning() {
        try {
            return String.valueOf(stockQueries.running());
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    @Test
    @DisplayName("a page that waits for a permit past its deadline gives up, and its queries stop waiting: they never run")
    void waitingForAPermitCountsAgainstTheDeadline() throws Exception {
        HeldShelf held = new HeldShelf(shelf(db, pool, Duration.ZERO));
        Future<BookPage> first = callers.submit(() -> new ShelfPages(held, connections, NO_HURRY).page(shop.page()));
        Workers.until(() -> "the first page's three queries running, holding the whole budget",
                () -> held.inFlight() == BUDGET || first.isDone());
        if (first.isDone()) {
            Workers.result(first, "the first page"); // what it threw, at once: it cannot end while its queries are held
        }
        assertThat(held.inFlight()).as("the first page's queries running, holding the whole budget").isEqualTo(BUDGET);

        Future<BookPage> second = callers.submit(() -> new ShelfPages(held, connections, DEADLINE).page(shop.page()));
        Throwable thrown = Thrown.by(() -> Workers.result(second, "the second page, which gets no permit"));

        assertThat(thrown).as("what the second page threw").isInstanceOf(PageTimedOutException.class);
        Workers.until(() -> "the second page's queries no longer waiting for a permit (" + connections.getQueueLength()
                + " still waiting): cancel a page's queries when it gives up", () -> connections.getQueueLength() == 0);
        held.letGo();
        assertThat(Workers.result(first, "the first page")).isEqualTo(shop.expectedPage());
        Workers.until(() -> "every permit back", () -> connections.availablePermits() == BUDGET);
        assertThat(held.calls()).as("queries that reached the shelf: the first page's three, none of the second's").isEqualTo(3);
    }
}

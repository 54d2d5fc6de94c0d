package dev.dbpatterns.exercises.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.async.application.ShelfPages;
import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.BookPage;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import dev.dbpatterns.exercises.async.mybatis.MyBatisSetup;
import dev.dbpatterns.exercises.async.mybatis.MyBatisShelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import dev.dbpatterns.kit.lesson.Workers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Your ShelfPages on the given MyBatis shelf, on a pool of 20: the three queries of a page at once, and every page
 * loading at once within the budget of connections, however large the pool.
 */
@DatabaseTest
@Tag("task-1")
@DisplayName("Task 1 · MyBatis: the three queries of a page at once, on virtual threads, within the budget")
class FanOutTest {
    private static final int BUDGET = 4;
    private static final int PAGES = 5;
    /** Long enough never to be the reason a step fails: deadlines are task 3's. */
    private static final Duration NO_HURRY = Duration.ofSeconds(30);

    private LessonDatabase db;
    private Shop shop;
    private HikariDataSource pool;
    private Shelf shelf;
    private final Semaphore connections = new Semaphore(BUDGET);

    @BeforeEach
    void open(LessonDatabase db) {
        this.db = db;
        this.shop = Shop.stocked(db);
        this.pool = db.shared("pool", ignored -> Shop.pool(db));
        this.shelf = new MyBatisShelf(MyBatisSetup.sqlSessionFactory(pool, Duration.ZERO));
    }

    @AfterEach
    void nothingLeftBorrowed() {
        assertThat(Shop.active(pool)).as("connections left borrowed after the test").isZero();
    }

    @Test
    @DisplayName("a page holds the books asked for, in that order, each with its reviews oldest first and its stock")
    void loadsThePage() {
        BookPage page = new ShelfPages(shelf, connections, NO_HURRY).page(shop.page());

        assertThat(page).isEqualTo(shop.expectedPage());
        assertThat(connections.availablePermits()).as("permits of the budget back after the page").isEqualTo(BUDGET);
    }

    @Test
    @DisplayName("the three queries run at once: each waits for the other two, and all three meet")
    void runsTheThreeAtOnce() {
        BookPage page = new ShelfPages(new MeetingShelf(shelf), connections, NO_HURRY).page(shop.page());

        assertThat(page).isEqualTo(shop.expectedPage());
    }

    @Test
    @DisplayName("five pages at once on a budget of 4: four queries run, the other eleven wait for a permit; the pool of 20 never lends more than 4")
    void staysWithinTheBudget() throws Exception {
        HeldShelf held = new HeldShelf(shelf);
        ShelfPages pages = new ShelfPages(held, connections, NO_HURRY);
        int queries = 3 * PAGES;
        AtomicInteger mostBorrowed = new AtomicInteger();

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<BookPage>> loading = IntStream.range(0, PAGES)
                    .mapToObj(i -> callers.submit(() -> pages.page(shop.page())))
                    .toList();
            Workers.until(() -> "every query of the five pages running or waiting for a permit of the budget (running: "
                    + held.inFlight() + ", waiting: " + connections.getQueueLength() + ")",
                    () -> held.inFlight() + connections.getQueueLength() == queries
                            || loading.stream().anyMatch(Future::isDone));
            for (Future<BookPage> page : loading) {
                if (page.isDone()) {
                    Workers.result(page, "a page"); // what it threw, at once: no page can end while its queries are held
                }
            }

            assertThat(held.inFlight()).as("queries running at once on a budget of " + BUDGET + ": each query takes a"
                    + " permit of the Semaphore it is given, on its own thread, before it calls the shelf").isEqualTo(BUDGET);

            held.letGo();
            Workers.until(() -> "the five pages loaded", () -> {
                mostBorrowed.accumulateAndGet(Shop.active(pool), Math::max);
                return loading.stream().allMatch(Future::isDone);
            });
            for (Future<BookPage> page : loading) {
                assertThat(Workers.result(page, "a page")).isEqualTo(shop.expectedPage());
            }
        }
        assertThat(mostBorrowed.get()).as("most connections the pool lent at once").isLessThanOrEqualTo(BUDGET);
        assertThat(connections.availablePermits()).as("permits back after the pages").isEqualTo(BUDGET);
    }

    @Test
    @DisplayName("a query that fails fails the page with its own exception, and gives its permit back")
    void aFailureFailsThePage() throws Exception {
        IllegalStateException down = new IllegalStateException("the reviews are down");
        Shelf failing = new Shelf() {
            @Override
            public List<Book> books(List<Long> bookIds) {
                return shelf.books(bookIds);
            }

            @Override
            public List<Review> reviews(List<Long> bookIds) {
                throw down;
            }

            @Override
            public List<Stock> stock(List<Long> bookIds) {
                return shelf.stock(bookIds);
            }
        };

        Throwable thrown = Thrown.by(() -> new ShelfPages(failing, connections, NO_HURRY).page(shop.page()));

        assertThat(thrown).as("what the page threw: the query's own exception, not wrapped").isSameAs(down);
        Workers.until(() -> "every permit back after the failure (" + connections.availablePermits() + " of " + BUDGET
                + "): give a query's permit back however it ends", () -> connections.availablePermits() == BUDGET);
    }
}

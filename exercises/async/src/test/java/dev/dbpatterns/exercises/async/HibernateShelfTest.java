package dev.dbpatterns.exercises.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import dev.dbpatterns.exercises.async.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.async.hibernate.HibernateShelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Your HibernateShelf on a pool of its own: what each query returns, and a session per call, closed in the call. */
@DatabaseTest
@Tag("task-2")
@DisplayName("Task 2 · Hibernate: a session per task, never shared")
class HibernateShelfTest {
    private Shop shop;
    private HikariDataSource pool;
    private Statistics statistics;
    private Shelf shelf;

    @BeforeEach
    void open(LessonDatabase db) {
        this.shop = Shop.stocked(db);
        this.pool = db.shared("pool", ignored -> Shop.pool(db));
        SessionFactory sessions = db.shared("hibernate", ignored -> HibernateSetup.sessionFactory(pool));
        this.statistics = sessions.getStatistics();
        this.shelf = new HibernateShelf(sessions, Duration.ZERO);
    }

    @Test
    @DisplayName("books by id (an id with no book left out), reviews oldest first, the warehouse's rows")
    void readsTheRecords() {
        assertThat(shelf.books(shop.page())).containsExactly(
                new Book(shop.dune, "Dune"), new Book(shop.emma, "Emma"), new Book(shop.ulysses, "Ulysses"));
        assertThat(shelf.reviews(shop.page())).containsExactly(new Review(shop.dune, 5, "Spice"),
                new Review(shop.ulysses, 3, "Long"), new Review(shop.dune, 4, "Sand"));
        assertThat(shelf.stock(shop.page())).containsExactlyInAnyOrder(new Stock(shop.dune, 3), new Stock(shop.emma, 1));
        assertThat(shelf.stock(List.of(shop.ulysses))).as("a book the warehouse has no row for").isEmpty();
    }

    @Test
    @DisplayName("three calls at once from three threads: three sessions opened, three closed, every connection back")
    void aSessionPerCall() throws Exception {
        long opened = statistics.getSessionOpenCount();
        long closed = statistics.getSessionCloseCount();
        CountDownLatch start = new CountDownLatch(3);

        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<Book>> books = tasks.submit(() -> {
                Workers.meet(start);
                return shelf.books(shop.page());
            });
            Future<List<Review>> reviews = tasks.submit(() -> {
                Workers.meet(start);
                return shelf.reviews(shop.page());
            });
            Future<List<Stock>> stock = tasks.submit(() -> {
                Workers.meet(start);
                return shelf.stock(shop.page());
            });
            assertThat(Workers.result(books, "the books")).hasSize(3);
            assertThat(Workers.result(reviews, "the reviews")).hasSize(3);
            assertThat(Workers.result(stock, "the stock")).hasSize(2);
        }

        assertThat(statistics.getSessionOpenCount() - opened).as("sessions opened for three calls: a session per call,"
                + " never one kept in a field and shared by the tasks").isEqualTo(3);
        assertThat(statistics.getSessionCloseCount() - closed).as("sessions closed by the three calls: close each"
                + " session before its call returns").isEqualTo(3);
        assertThat(Shop.active(pool)).as("connections left borrowed after the calls").isZero();
    }
}

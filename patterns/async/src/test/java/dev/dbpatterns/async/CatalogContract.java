package dev.dbpatterns.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.async.application.GatedCatalog;
import dev.dbpatterns.async.application.TitlesAtOnce;
import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.BookNotFoundException;
import dev.dbpatterns.async.domain.Catalog;
import dev.dbpatterns.async.domain.DeadlineExceededException;
import dev.dbpatterns.async.domain.Review;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in one style, called from many virtual threads at once: blocking calls, each in a session of its
 * own, bounded by the pool; several at once under a deadline the server enforces; a failure that fails the whole.
 * Each step waits for what the server (ServerLookups) or the pool reports, never for a while.
 */
@DatabaseTest
abstract class CatalogContract {
    private static final int TASKS = 1_000;
    private static final int POOL_SIZE = 10;
    /** Server work per lookup: 1,000 lookups on 10 connections take 1,000 × 20 ms / 10 = 2 s at least. */
    private static final Duration WORK = Duration.ofMillis(20);
    /** Far longer than the safety net: a lookup that leaves the server's list before it was ended there. */
    private static final Duration ENDLESS = Duration.ofMinutes(10);

    private LessonDatabase db;
    private ServerLookups server;
    private HikariDataSource pool;

    /** The catalogue of this style on the given pool; a statement limit of zero means none. */
    protected abstract Catalog catalog(DataSource pool, Duration statementLimit);

    /** Closes what {@link #catalog} built, before the pool closes. */
    protected void closeCatalog() {
    }

    @BeforeEach
    void open(LessonDatabase db) throws Exception {
        this.db = db;
        this.server = ServerLookups.open(db);
    }

    @AfterEach
    void close() throws Exception {
        try {
            closeCatalog();
            if (pool != null) {
                pool.close();
            }
        } finally {
            server.close();
        }
    }

    private Catalog catalogOn(Duration connectionTimeout, Duration statementLimit) {
        pool = LessonPools.hikari(db, POOL_SIZE, connectionTimeout);
        return catalog(pool, statementLimit);
    }

    private long book(String title) {
        return db.insert("insert into book (title) values (?)", title);
    }

    private List<Long> books(int count) {
        return IntStream.range(0, count).mapToObj(i -> book("Volume " + (i + 1))).toList();
    }

    // tag::reads[]
    @Test
    @DisplayName("reads a title, a book with its reviews and a card: one SELECT each, all loaded before the call returns")
    void reads() {
        Catalog catalog = catalog(db.dataSource(), Duration.ZERO); // the class's recorded pool: its SQL is kept for the docs
        long dune = book("Dune");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 4, "Sand");
        db.sql().reset(); // the framework's start-up (Hibernate validates the schema) is not the step

        assertThat(catalog.title(dune, Duration.ZERO)).isEqualTo("Dune");
        Book book = catalog.withReviews(dune);
        assertThat(catalog.card(dune)).isEqualTo(new BookCard("Dune", 2));
        db.sql().expect("a title, a book with its reviews, a card").selects(3);

        assertThat(book.reviews()).as("read after the session closed").extracting(Review::text).containsExactly("Spice", "Sand");
        assertThat(catchThrowable(() -> catalog.title(-1, Duration.ZERO))).isInstanceOf(BookNotFoundException.class);
    }
    // end::reads[]

    // tag::bounded[]
    @Test
    @DisplayName("1,000 lookups on 1,000 virtual threads, a pool of 10: all finish, the server never runs more than 10 at once, the rest wait in the pool")
    void bounded() throws Exception {
        Catalog catalog = catalogOn(Duration.ofSeconds(30), Duration.ZERO);
        long dune = book("Dune");
        AtomicInteger mostOnServer = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();

        List<Throwable> failures = lookUpAtOnce(catalog, dune, () -> {
            mostOnServer.accumulateAndGet(server.running(), Math::max);
            mostWaiting.accumulateAndGet(pool.getHikariPoolMXBean().getThreadsAwaitingConnection(), Math::max);
        });

        assertThat(failures).isEmpty();
        assertThat(mostOnServer.get()).as("most lookups the server ran at once").isBetween(1, POOL_SIZE);
        assertThat(mostWaiting.get()).as("most virtual threads waiting in the pool's queue at once").isPositive();
    }
    // end::bounded[]

    // tag::pool-timeout[]
    @Test
    @DisplayName("the same 1,000 with a 1 s connectionTimeout: those that wait longer in the pool's queue fail with SQLTransientConnectionException")
    void poolTimeout() throws Exception {
        Catalog catalog = catalogOn(Duration.ofSeconds(1), Duration.ZERO);
        long dune = book("Dune");

        List<Throwable> failures = lookUpAtOnce(catalog, dune, () -> { });

        // 2 s of server work at least: whoever is still queued after 1 s gives up, however fast the machine.
        assertThat(failures).isNotEmpty().hasSizeLessThan(TASKS).allSatisfy(failure -> assertThat(
                (Throwable) DriverErrors.sqlException(failure)).isInstanceOf(SQLTransientConnectionException.class));
    }
    // end::pool-timeout[]

    // tag::gated[]
    @Test
    @DisplayName("gated by a Semaphore(10), one permit per connection: the same 1,000 wait at the gate instead, and none fails")
    void gated() throws Exception {
        Catalog catalog = new GatedCatalog(catalogOn(Duration.ofSeconds(1), Duration.ZERO), POOL_SIZE);
        long dune = book("Dune");
        Workers.until(() -> "the pool's 10 connections open", () -> pool.getHikariPoolMXBean().getIdleConnections() == POOL_SIZE);

        assertThat(lookUpAtOnce(catalog, dune, () -> { })).isEmpty();
    }
    // end::gated[]

    // tag::deadline[]
    @Test
    @DisplayName("five lookups at once under a 1 s statement limit: the server ends every one (gone from its list), and every connection is back in the pool")
    void deadline() throws Exception {
        Catalog catalog = catalogOn(Duration.ofSeconds(30), Duration.ofSeconds(1));
        List<Long> books = books(5);

        Throwable thrown = catchThrowable(() -> new TitlesAtOnce(catalog).titles(books, ENDLESS));

        assertThat(thrown).isInstanceOf(DeadlineExceededException.class);
        // Ten minutes of work each: gone within the safety net, they were ended on the server, not finished.
        Workers.until(() -> "no lookup left on the server, every connection back in the pool",
                () -> server.running() == 0 && pool.getHikariPoolMXBean().getActiveConnections() == 0);
    }
    // end::deadline[]

    // tag::failure[]
    @Test
    @DisplayName("one of five lookups fails: the whole fails at once with its error, and the four the server still runs are cancelled there (no statement limit could end them), every connection back")
    void failure() throws Exception {
        Assumptions.assumeTrue(db.target().isServer(), "On H2 in memory, Statement.cancel marks the command, which a"
                + " running pause() cannot see; only the statement's time limit ends it (the step above)");
        // No statement limit: ten minutes of work each, so only the cancellation can end them before the safety net.
        Catalog catalog = catalogOn(Duration.ofSeconds(30), Duration.ZERO);
        List<Long> books = new ArrayList<>(books(4));
        long missing = -1;
        books.add(missing);
        // The missing book is asked for once the server runs the other four, so the failure comes while they work.
        Catalog missingLast = new LookupAfterOthers(catalog, missing, server, 4);

        Throwable thrown = catchThrowable(() -> new TitlesAtOnce(missingLast).titles(books, ENDLESS));

        assertThat(thrown).isInstanceOf(BookNotFoundException.class);
        Workers.until(() -> "the four other lookups cancelled on the server, every connection back in the pool",
                () -> server.running() == 0 && pool.getHikariPoolMXBean().getActiveConnections() == 0);
    }
    // end::failure[]

    /** What a step looks at while the lookups run, each time the wait looks again. */
    @FunctionalInterface
    private interface Watch {
        void look() throws Exception;
    }

    /** 1,000 lookups of the book at once, each on a virtual thread of its own; what they threw. */
    private static List<Throwable> lookUpAtOnce(Catalog catalog, long bookId, Watch watch) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Throwable>> lookups = IntStream.range(0, TASKS)
                    .mapToObj(i -> threads.submit(() -> catchThrowable(() -> catalog.title(bookId, WORK))))
                    .toList();
            Workers.until(() -> TASKS + " lookups done", () -> {
                watch.look();
                return lookups.stream().allMatch(Future::isDone);
            });
            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> lookup : lookups) {
                Throwable failure = lookup.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        }
    }
}

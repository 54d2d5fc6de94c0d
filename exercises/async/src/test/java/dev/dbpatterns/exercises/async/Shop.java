package dev.dbpatterns.exercises.async;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.BookPage;
import dev.dbpatterns.exercises.async.domain.PageEntry;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.time.Duration;
import java.util.List;

/**
 * The shop the tests load pages of, written through lesson-kit's pool: Dune (two reviews, three copies), Emma (no
 * review, one copy) and Ulysses (one review, none in the warehouse), and the pools the shelves run on.
 */
final class Shop {
    /** Far longer than the safety net: a count that ends while a test waits was ended, it did not finish. */
    static final long ENDLESS_MS = Duration.ofMinutes(10).toMillis();

    final long dune;
    final long emma;
    final long ulysses;

    private Shop(long dune, long emma, long ulysses) {
        this.dune = dune;
        this.emma = emma;
        this.ulysses = ulysses;
    }

    static Shop stocked(LessonDatabase db) {
        db.update("delete from review");
        db.update("delete from warehouse");
        db.update("delete from book");
        db.update("update warehouse_latency set ms = 0");
        long dune = db.insert("insert into book (title) values (?)", "Dune");
        long emma = db.insert("insert into book (title) values (?)", "Emma");
        long ulysses = db.insert("insert into book (title) values (?)", "Ulysses");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", ulysses, 3, "Long");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 4, "Sand");
        db.update("insert into warehouse (book_id, copies) values (?, ?)", dune, 3);
        db.update("insert into warehouse (book_id, copies) values (?, ?)", emma, 1);
        return new Shop(dune, emma, ulysses);
    }

    /** The page the tests ask for: the three books, and an id no book has. */
    List<Long> page() {
        return List.of(ulysses, dune, -1L, emma);
    }

    /** What that page must hold. */
    BookPage expectedPage() {
        return new BookPage(List.of(
                new PageEntry(new Book(ulysses, "Ulysses"), List.of(new Review(ulysses, 3, "Long")), 0),
                new PageEntry(new Book(dune, "Dune"), List.of(new Review(dune, 5, "Spice"), new Review(dune, 4, "Sand")), 3),
                new PageEntry(new Book(emma, "Emma"), List.of(), 1)));
    }

    /** The warehouse counts for ten minutes: only the database ending the statement ends it sooner. */
    static void slowWarehouse(LessonDatabase db) {
        db.update("update warehouse_latency set ms = ?", ENDLESS_MS);
    }

    /**
     * A pool of its own on the class's database, far larger than any budget the tests set: the budget, not the pool,
     * must be what bounds the queries. On PostgreSQL its sessions carry the schema's name (StockQueries looks for it).
     */
    static HikariDataSource pool(LessonDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("shelf-" + db.schemaName());
        config.setJdbcUrl(db.address().url());
        config.setUsername(db.address().user());
        config.setPassword(db.address().password());
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
        if (db.target() == DatabaseTarget.POSTGRES) {
            config.addDataSourceProperty("ApplicationName", db.schemaName());
        }
        return new HikariDataSource(config);
    }

    /** Connections borrowed from the pool and not given back yet, as HikariCP counts them. */
    static int active(HikariDataSource pool) {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }
}

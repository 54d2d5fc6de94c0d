package dev.dbpatterns.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.Review;
import dev.dbpatterns.async.hibernate.HibernateCatalog;
import dev.dbpatterns.async.hibernate.HibernateSetup;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.Hibernate;
import org.hibernate.LazyInitializationException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy's {@code expire_on_commit=False}, in Java: an entity returned from a session that has closed, read by a
 * caller later, on another thread. Hibernate never expires what it loaded, so its fields stay readable; what it did
 * not load it can no longer load. The fixes: fetch what the caller reads, or hand over a DTO.
 */
@DatabaseTest
@DisplayName("Hibernate: a detached entity, read after its session closed")
class HibernateDetachedEntityLesson {
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private SessionFactory sessions;
    private LessonDatabase db;
    private long dune;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        dune = db.insert("insert into book (title) values (?)", "Dune");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 4, "Sand");
    }

    @AfterEach
    void stop() {
        callers.close();
    }

    // tag::detached[]
    @Test
    @DisplayName("what it loaded stays readable after the commit and the close: Hibernate expires nothing")
    void loadedStaysReadable() throws Exception {
        Book book = sessions.fromTransaction(session -> session.find(Book.class, dune)); // committed and closed

        String title = Workers.result(CompletableFuture.supplyAsync(book::title, callers), "the caller's read");

        assertThat(title).isEqualTo("Dune");
        assertThat(Hibernate.isInitialized(book.reviews())).as("the reviews, never asked for").isFalse();
        db.sql().expect("find: the book's row only").selects(1);
    }

    @Test
    @DisplayName("what it did not load cannot be loaded any more: LazyInitializationException, and no SELECT")
    void unloadedFails() throws Exception {
        Book book = sessions.fromTransaction(session -> session.find(Book.class, dune));
        db.sql().reset();

        Throwable thrown = catchThrowable(() -> Workers.result(
                CompletableFuture.supplyAsync(() -> book.reviews().size(), callers), "the caller's read"));

        assertThat(thrown).isInstanceOf(LazyInitializationException.class).hasMessageContaining("Book.reviews");
        db.sql().expect("touching the unloaded reviews").nothingSent();
    }
    // end::detached[]

    // tag::fixes[]
    @Test
    @DisplayName("fix: fetch what the caller reads (join fetch), or hand over a DTO; one SELECT each, nothing left to load")
    void fetchOrDto() throws Exception {
        HibernateCatalog catalog = new HibernateCatalog(sessions);

        Book book = catalog.withReviews(dune);
        BookCard card = catalog.card(dune);

        db.sql().expect("a book with its reviews, a card").selects(2);
        assertThat(Workers.result(CompletableFuture.supplyAsync(() -> book.reviews().stream().map(Review::text).toList(), callers),
                "the caller's read")).containsExactly("Spice", "Sand");
        assertThat(card).isEqualTo(new BookCard("Dune", 2));
        db.sql().expect("reading them afterwards").selects(2);
    }
    // end::fixes[]
}

package dev.dbpatterns.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.Review;
import dev.dbpatterns.async.reactive.ReactiveCatalog;
import dev.dbpatterns.async.reactive.ReactiveSetup;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.kit.lesson.Workers;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.hibernate.LazyInitializationException;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Reactive with Mutiny, on the Vert.x SQL clients: the same entities, no JDBC, no blocking. What the
 * statements were is what Hibernate logged (org.hibernate.SQL): they do not pass through the lesson's JDBC pool.
 */
@DatabaseTest
@DisplayName("Hibernate Reactive: sessions, transactions and fetching with Mutiny")
class HibernateReactiveLesson {
    private LessonDatabase db;
    private Mutiny.SessionFactory sessions;
    private long dune;

    @BeforeEach
    void setUp(LessonDatabase db) {
        Assumptions.assumeTrue(db.target().isServer(),
                "Hibernate Reactive needs a Vert.x SQL client, and there is none for H2: run on PostgreSQL or MariaDB");
        this.db = db;
        sessions = db.shared("reactive", ignored -> ReactiveSetup.sessionFactory(
                db.address().url(), db.address().user(), db.address().password(), 2));
        dune = db.insert("insert into book (title) values (?)", "Dune");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
    }

    private static <T> T await(Uni<T> work) {
        return work.await().atMost(Workers.SAFETY_NET);
    }

    private long reviews() {
        return db.queryForLong("select count(*) from review where book_id = ?", dune);
    }

    // tag::transaction[]
    @Test
    @DisplayName("withTransaction commits when its Uni completes, and rolls back when it fails")
    void transaction() {
        Review added = await(new ReactiveCatalog(sessions).review(dune, 4, "Sand"));
        assertThat(added.id()).isNotNull();
        assertThat(reviews()).as("after the commit").isEqualTo(2);

        Throwable thrown = catchThrowable(() -> await(sessions.withTransaction(session -> session.find(Book.class, dune)
                .call(book -> session.persist(new Review(book, 1, "Worms")))
                .call(session::flush) // the INSERT reaches the database, then the work fails
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the reader withdrew the review"))))));

        assertThat(thrown).hasMessage("the reader withdrew the review");
        assertThat(reviews()).as("after the rollback").isEqualTo(2);
    }
    // end::transaction[]

    // tag::unfetched[]
    @Test
    @DisplayName("touching an association it did not fetch fails, even inside the session: nothing loads behind your back")
    void unfetched() {
        Throwable thrown = catchThrowable(() -> await(sessions.withSession(session -> session.find(Book.class, dune)
                .map(book -> book.reviews().size()))));

        assertThat(thrown).isInstanceOf(LazyInitializationException.class).hasMessageStartingWith("HR000056");
    }
    // end::unfetched[]

    // tag::fetch[]
    @Test
    @DisplayName("Mutiny.fetch loads it: exactly one more SELECT")
    void fetch() {
        List<String> sent;
        Book book;
        try (LogCapture sql = LogCapture.withDebugOf("org.hibernate.SQL")) {
            book = await(new ReactiveCatalog(sessions).withReviews(dune));
            sent = sql.messages();
        }

        assertThat(book.reviews()).extracting(Review::text).containsExactly("Spice");
        assertThat(sent).as("what Hibernate Reactive sent").hasSize(2)
                .allSatisfy(statement -> assertThat(statement.toLowerCase(Locale.ROOT)).startsWith("select"));
        assertThat(sent.get(1)).as("the fetch").contains("review");
    }
    // end::fetch[]

    // tag::threads[]
    @Test
    @DisplayName("a session used from a thread other than the one that opened it is refused (HR000069)")
    void oneThread() {
        var otherThread = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Throwable thrown = catchThrowable(() -> await(sessions.withSession(session -> session.find(Book.class, dune)
                    .runSubscriptionOn(otherThread)))); // the find subscribed, and so run, on another thread

            assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("HR000069");
            assertThat(await(sessions.withSession(session -> session.find(Book.class, dune))).title())
                    .as("the same find on the session's own thread").isEqualTo("Dune");
        } finally {
            otherThread.close();
        }
    }
    // end::threads[]
}

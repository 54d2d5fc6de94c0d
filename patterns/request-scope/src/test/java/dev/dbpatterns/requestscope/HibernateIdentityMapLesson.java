package dev.dbpatterns.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.hibernate.HibernateBookshop;
import dev.dbpatterns.requestscope.hibernate.HibernateSetup;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The request's identity map in Hibernate: the persistence context of the request's session. Two use cases of one
 * request that load the same book get the same object, loaded once, as long as the session spans the request.
 */
@DatabaseTest
@DisplayName("Hibernate: the request's identity map is its session's persistence context")
class HibernateIdentityMapLesson {
    private LessonDatabase db;
    private SessionFactory sessions;
    private long dune;

    @BeforeEach
    void seed(LessonDatabase db) {
        this.db = db;
        sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        dune = db.insert("insert into book (title, price_cents, stock) values (?, ?, ?)", "Dune", 1_250, 3);
        db.sql().reset(); // Hibernate's start-up (validating the schema) is not the step
    }

    // tag::one-object[]
    @Test
    @DisplayName("the same book in two use cases of one request: one object, one SELECT, though a commit came between")
    void oneObjectPerRequest() {
        try (Bookshop request = new HibernateBookshop(sessions, true)) {
            Book first = request.inTransaction(() -> request.book(dune).orElseThrow());
            Book second = request.inTransaction(() -> request.book(dune).orElseThrow());

            assertThat(second).isSameAs(first);
        }
        db.sql().expect("the book, loaded once for the request").selects(1);
    }
    // end::one-object[]

    @Test
    @DisplayName("a session per use case instead: two objects, two SELECTs; the first is detached by then")
    void oneObjectPerUseCase() {
        try (Bookshop request = new HibernateBookshop(sessions, false)) {
            Book first = request.inTransaction(() -> request.book(dune).orElseThrow());
            Book second = request.inTransaction(() -> request.book(dune).orElseThrow());

            assertThat(second).isNotSameAs(first);
            assertThat(second.title()).isEqualTo(first.title());
        }
        db.sql().expect("the book, once per use case").selects(2);
    }
}

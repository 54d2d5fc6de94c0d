package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import java.math.BigDecimal;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A Hibernate Session is a persistence context: it keeps every entity it loaded, answers a
 * repeated find from memory, and at flush compares each entity with the copy it took on loading
 * to write only what changed. No save call is needed for a managed entity; outside its session
 * an entity is detached and nothing watches it.
 */
@DatabaseTest
@DisplayName("Hibernate: the session remembers what it loaded and writes what changed")
class HibernatePersistenceContextLesson {
    private SessionFactory sessions;
    private LessonDatabase db;
    private long dune;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.dune = Bookshelf.restock(db).book("Dune");
    }

    private long booksPricedAt(String price) {
        return db.queryForLong("select count(*) from book where id = ? and price = ?", dune, new BigDecimal(price));
    }

    @Test
    @DisplayName("a second find of the same id in one session sends no SELECT and returns the same object")
    void secondFindComesFromTheSession(SqlLog sql) {
        // tag::identity-map[]
        sessions.inSession(session -> {
            Book first = session.find(Book.class, dune);
            Book second = session.find(Book.class, dune);

            assertThat(second).isSameAs(first);
        });
        sql.expect("two finds of one id in one session").selects(1);
        // end::identity-map[]
    }

    @Test
    @DisplayName("a new session knows nothing of the last one: it selects again and builds another object")
    void eachSessionHasItsOwnContext(SqlLog sql) {
        Book first = sessions.fromSession(session -> session.find(Book.class, dune));
        Book second = sessions.fromSession(session -> session.find(Book.class, dune));

        assertThat(second).isNotSameAs(first);
        sql.expect("one find in each of two sessions").selects(2);
    }

    @Test
    @DisplayName("changing a managed book sends one UPDATE at commit, without any save call")
    void dirtyCheckingWritesTheChange(SqlLog sql) {
        // tag::dirty-checking[]
        sessions.inTransaction(session -> {
            Book book = session.find(Book.class, dune);
            book.reprice(new BigDecimal("11.00")); // no persist, no merge, no save
            sql.expect("before the commit").updates(0);
        });
        sql.expect("find, change, commit").selects(1).updates(1).commits(1);
        // end::dirty-checking[]
        assertThat(booksPricedAt("11.00")).isEqualTo(1);
    }

    @Test
    @DisplayName("a book loaded and left unchanged sends no UPDATE at all")
    void unchangedEntitiesAreNotWritten(SqlLog sql) {
        sessions.inTransaction(session -> session.find(Book.class, dune));

        sql.expect().selects(1).updates(0).commits(1);
    }

    @Test
    @DisplayName("a change made after the session closed is lost, until merge() copies it into a new session")
    void detachedChangesNeedAMerge(SqlLog sql) {
        Book detached = sessions.fromSession(session -> session.find(Book.class, dune));
        detached.reprice(new BigDecimal("5.00"));
        sessions.inTransaction(session -> session.find(Book.class, dune));
        assertThat(booksPricedAt("5.00")).as("a new session loads the row as it is in the database").isZero();

        sql.reset();
        sessions.inTransaction(session -> session.merge(detached));

        sql.expect("merge: load the row, compare, write the difference").selects(1).updates(1);
        assertThat(booksPricedAt("5.00")).isEqualTo(1);
    }
}

package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Tag;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Author.books is mapped with cascade = ALL and orphanRemoval: Hibernate writes what the object
 * graph became, the author's list included; MyBatisWritesLesson shows the same rows written by hand.
 */
@DatabaseTest
@DisplayName("Hibernate: cascades and orphan removal write the graph")
class HibernateCascadeLesson {
    private SessionFactory sessions;
    private LessonDatabase db;
    private Tag fantasy;
    private Tag classic;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        Shelf.empty(db);
        sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        fantasy = new Tag("fantasy");
        classic = new Tag("classic");
        sessions.inTransaction(session -> {
            session.persist(fantasy);
            session.persist(classic);
        });
    }

    // tag::cascade[]
    @Test
    @DisplayName("one persist of the author writes the author, both books and the three book_tag rows")
    void persistCascades(SqlLog sql) {
        Author leGuin = Shelf.leGuin(fantasy, classic);

        sessions.inTransaction(session -> session.persist(leGuin));

        assertThat(sql.writes()).containsExactly("insert author", "insert book", "insert book", "insert book_tag ×3");
    }
    // end::cascade[]

    // tag::orphan[]
    @Test
    @DisplayName("a book taken off the author's list is deleted at the flush: its tagging first, then the book")
    void orphanRemoval(SqlLog sql) {
        Author saved = Shelf.leGuin(fantasy, classic);
        sessions.inTransaction(session -> session.persist(saved));
        sql.reset();

        sessions.inTransaction(session -> {
            Author author = session.find(Author.class, saved.id());
            Book wizard = author.books().get(0);
            author.withdraw(wizard);
            assertThat(wizard.author()).isNull();
            assertThat(author.books()).doesNotContain(wizard);
        });

        // Both DELETEs go through JDBC batches (of one): ids are known, so deletes may be batched.
        assertThat(sql.writes()).containsExactly("delete book_tag ×1", "delete book ×1");
        assertThat(db.rowCount("book")).isEqualTo(1);
        assertThat(db.rowCount("book_tag")).isEqualTo(1);
    }
    // end::orphan[]

    @Test
    @DisplayName("within a session both ends are the same objects: the book's author is the author that lists it")
    void bothEndsInTheSession() {
        Author saved = Shelf.leGuin(fantasy, classic);
        sessions.inTransaction(session -> session.persist(saved));

        sessions.inTransaction(session -> {
            Book farthestShore = session.createSelectionQuery("from Book where isbn = :isbn", Book.class)
                    .setParameter("isbn", "978-0-00-000002-8").getSingleResult();
            Author author = farthestShore.author(); // a lazy proxy, loaded on first use
            assertThat(author.books()).contains(farthestShore);
            assertThat(session.find(Author.class, saved.id())).isSameAs(author);
        });
    }
}

package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.hibernate.HibernateAuthors;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import java.util.List;
import java.util.Map;
import org.hibernate.LazyInitializationException;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Author.books is lazy: Hibernate loads a collection the first time it is touched. Touch it
 * for every author in a list and that is one SELECT for the list plus one per author, the N+1
 * problem. A fetch join loads everything in one SELECT; a batch fetch size in two.
 */
@DatabaseTest
@DisplayName("Hibernate: authors with their books, naively (1 + N SELECTs) and well (1 or 2)")
class HibernateNPlusOneLesson {
    private SessionFactory sessions;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Bookshelf.restock(db);
    }

    @Test
    @DisplayName("naively: one SELECT for the authors, then one more for each author whose books are touched")
    void naiveLoadingIsOnePlusN(SqlLog sql) {
        // tag::naive[]
        int books = sessions.fromSession(session -> {
            List<Author> authors = session.createSelectionQuery("from Author order by name", Author.class)
                    .getResultList();
            return authors.stream().mapToInt(author -> author.books().size()).sum(); // each size() loads
        });
        sql.expect("4 authors, then each one's books").selects(1 + Bookshelf.AUTHORS);
        // end::naive[]
        assertThat(books).isEqualTo(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("with join fetch: the authors and all their books in one SELECT")
    void joinFetchIsOneSelect(SqlLog sql) {
        List<Author> authors = new HibernateAuthors(sessions).findAllWithBooks();

        sql.expect("4 authors with their books, by join fetch").selects(1);
        assertThat(authors).flatExtracting(Author::books).hasSize(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("with a batch fetch size: the books of many authors come in one more SELECT, 1 + 1")
    void batchFetchingIsTwoSelects(SqlLog sql) {
        // The setting lives in configuration, not in the domain class: no Hibernate annotation there.
        SessionFactory batching = db.shared("hibernate-batch-fetch", dataSource -> HibernateSetup
                .sessionFactory(dataSource, Map.of(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 16)));
        sql.reset();

        int books = batching.fromSession(session -> session
                .createSelectionQuery("from Author order by name", Author.class).getResultList()
                .stream().mapToInt(author -> author.books().size()).sum());

        sql.expect("4 authors, their books fetched in a batch").selects(2);
        assertThat(books).isEqualTo(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("books never touched inside the session cannot be loaded after it closed")
    void lazyNeedsTheSession() {
        List<Author> authors = sessions.fromSession(session ->
                session.createSelectionQuery("from Author order by name", Author.class).getResultList());

        assertThatThrownBy(() -> authors.get(0).books().size()).isInstanceOf(LazyInitializationException.class);
    }

    @Test
    @DisplayName("every way gives the same authors and books")
    void sameAnswerEitherWay() {
        List<String> byJoinFetch = Bookshelf.titlesByAuthor(new HibernateAuthors(sessions).findAllWithBooks());
        List<String> byTouching = sessions.fromSession(session -> Bookshelf.titlesByAuthor(
                session.createSelectionQuery("from Author order by name", Author.class).getResultList()));

        assertThat(byTouching).isEqualTo(byJoinFetch).hasSize(Bookshelf.BOOKS);
    }
}

package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import java.util.List;
import java.util.Map;
import org.hibernate.LazyInitializationException;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Authors with their books, four fetch plans for one mapping. Author.books is lazy; what is sent
 * when the books are touched is decided by the query (join fetch) or by the session's settings
 * (batch size, subselect), never by an annotation on the domain class.
 */
@DatabaseTest
@DisplayName("Hibernate: four fetch plans for authors with their books")
class HibernateFetchPlanLesson {
    private static final String AUTHORS = "from Author order by name, id";
    private SessionFactory sessions;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Bookshelf.restock(db);
    }

    private static int touchEveryAuthorsBooks(List<Author> authors) {
        return authors.stream().mapToInt(author -> author.books().size()).sum();
    }

    @Test
    @DisplayName("lazy: one SELECT for the authors, then one per author whose books are touched: 1 + N")
    void lazyIsOnePlusN(SqlLog sql) {
        // tag::lazy[]
        int books = sessions.fromSession(session -> touchEveryAuthorsBooks(
                session.createSelectionQuery(AUTHORS, Author.class).getResultList()));
        sql.expect("4 authors, then each one's books").selects(1 + Bookshelf.AUTHORS);
        // end::lazy[]
        assertThat(books).isEqualTo(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("join fetch: one SELECT; ten joined rows come back as four authors, no DISTINCT needed")
    void joinFetchIsOneSelect(SqlLog sql) {
        // tag::join-fetch[]
        List<Author> authors = sessions.fromSession(session -> session
                .createSelectionQuery("from Author a left join fetch a.books order by a.name, a.id", Author.class)
                .getResultList());
        sql.expect("authors with their books, joined").selects(1);
        // end::join-fetch[]
        long rows = db.queryForLong("select count(*) from author a left join book b on b.author_id = a.id");

        // Hibernate 6 and 7 fold the repeated parents of a fetch join themselves (5 returned
        // them once per row and wanted "select distinct"); the SQL has no DISTINCT.
        assertThat(rows).isEqualTo(Bookshelf.BOOKS);
        assertThat(authors).hasSize(Bookshelf.AUTHORS).doesNotHaveDuplicates();
        assertThat(sql.statements().get(0).sql()).doesNotContainIgnoringCase("distinct");
        assertThat(touchEveryAuthorsBooks(authors)).isEqualTo(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("batch fetch: the books of up to 16 authors in one more SELECT, as an array or an IN list per database")
    void batchFetchIsTwoSelects(LessonDatabase db, SqlLog sql) {
        // tag::batch[]
        SessionFactory batching = db.shared("hibernate-batch-fetch", dataSource -> HibernateSetup
                .sessionFactory(dataSource, Map.of(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 16)));
        sql.reset();
        int books = batching.fromSession(session -> touchEveryAuthorsBooks(
                session.createSelectionQuery(AUTHORS, Author.class).getResultList()));
        sql.expect("4 authors, then their books in a batch").selects(2);
        // end::batch[]
        assertThat(books).isEqualTo(Bookshelf.BOOKS);

        String batch = sql.statements().get(1).sql();
        List<Object> bound = sql.statements().get(1).parameterSets().get(0);
        if (db.target() == DatabaseTarget.POSTGRES) {
            // One array parameter holds the four ids: one statement shape for any number of authors.
            assertThat(batch).contains("author_id = any (?)");
            assertThat(bound).hasSize(1);
        } else {
            // H2 and MariaDB: an IN list as long as the batch size, the unused places bound to NULL.
            assertThat(batch).contains("author_id in (" + "?,".repeat(15) + "?)");
            assertThat(bound).hasSize(16).filteredOn(value -> value != null).hasSize(Bookshelf.AUTHORS);
        }
    }

    @Test
    @DisplayName("subselect fetch: the books of every author the first query found, by repeating it as a subquery")
    void subselectIsTwoSelects(SqlLog sql) {
        // tag::subselect[]
        int books = sessions.fromSession(session -> {
            session.setSubselectFetchingEnabled(true);
            return touchEveryAuthorsBooks(session.createSelectionQuery(AUTHORS, Author.class).getResultList());
        });
        sql.expect("4 authors, then all their books").selects(2);
        // end::subselect[]
        assertThat(books).isEqualTo(Bookshelf.BOOKS);
        assertThat(sql.statements().get(1).sql()).containsIgnoringCase("in (select");
    }

    @Test
    @DisplayName("books never touched inside the session cannot be loaded after it closed")
    void lazyNeedsTheSession(SqlLog sql) {
        List<Author> authors = sessions.fromSession(session ->
                session.createSelectionQuery(AUTHORS, Author.class).getResultList());

        assertThatThrownBy(() -> authors.get(0).books().size()).isInstanceOf(LazyInitializationException.class);
        sql.expect("the authors only").selects(1);
    }
}

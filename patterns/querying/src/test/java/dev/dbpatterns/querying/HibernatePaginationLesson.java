package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The first two authors with their books. A LIMIT on the joined rows would count books, not
 * authors, and cut an author's books short. Until Hibernate 7.3 the LIMIT was therefore dropped
 * and the page cut in memory (warning HHH90003004, or an exception with
 * hibernate.query.fail_on_pagination_over_collection_fetch). Hibernate 7.4, the version in use,
 * pages the authors in a derived table and joins their books to it: one statement, a LIMIT,
 * whole collections. These tests pin that; the ids-first plan is the one that works on any version.
 */
@DatabaseTest
@DisplayName("Hibernate: a collection fetch with setMaxResults, as Hibernate 7.4 sends it, and ids first")
class HibernatePaginationLesson {
    private static final String WITH_BOOKS = "from Author a left join fetch a.books order by a.name, a.id";
    private SessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Bookshelf.restock(db);
    }

    private static boolean limits(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.contains(" limit ") || lower.contains(" fetch first ");
    }

    private static List<Author> firstTwoWithBooks(SessionFactory sessions) {
        // tag::max-results[]
        return sessions.fromSession(session -> session.createSelectionQuery(WITH_BOOKS, Author.class)
                .setMaxResults(2).getResultList());
        // end::max-results[]
    }

    @Test
    @DisplayName("join fetch + setMaxResults(2): one SELECT, the LIMIT on the authors in a derived table, no warning")
    void limitInDerivedTable(SqlLog sql) {
        List<Author> firstTwo;
        try (LogCapture log = LogCapture.of("org.hibernate")) {
            firstTwo = firstTwoWithBooks(sessions);
            assertThat(log.messages()).noneMatch(message -> message.contains("HHH90003004"));
        }
        sql.expect("two authors with all their books").selects(1);
        String sent = sql.statements().get(0).sql().toLowerCase(Locale.ROOT);
        // The LIMIT sits inside "from (select … from author …)", before the join to book.
        assertThat(sent).containsPattern("from \\(select [^()]* from author a1_0 order by [^()]*(limit|fetch first)");
        assertThat(firstTwo).extracting(Author::name).containsExactly("Dana Tally", "Frank Herbert");
        assertThat(Bookshelf.titlesByAuthor(firstTwo)).hasSize(3 + 2);
    }

    @Test
    @DisplayName("fail_on_pagination_over_collection_fetch has nothing left to refuse: the same one SELECT")
    void strictModeHasNothingToRefuse(LessonDatabase db, SqlLog sql) {
        SessionFactory strict = db.shared("hibernate-strict", dataSource -> HibernateSetup.sessionFactory(dataSource,
                Map.of("hibernate.query.fail_on_pagination_over_collection_fetch", true)));
        sql.reset();

        assertThat(firstTwoWithBooks(strict)).extracting(Author::name).containsExactly("Dana Tally", "Frank Herbert");
        sql.expect().selects(1);
        assertThat(limits(sql.statements().get(0).sql())).isTrue();
    }

    @Test
    @DisplayName("ids first, on any version: a page of ids with a LIMIT, then those authors with their books: two SELECTs")
    void idsThenFetch(SqlLog sql) {
        // tag::ids-then-fetch[]
        List<Author> firstTwo = sessions.fromSession(session -> {
            List<Long> ids = session.createSelectionQuery("select id from Author order by name, id", Long.class)
                    .setMaxResults(2).getResultList();
            return session.createSelectionQuery(
                    "from Author a left join fetch a.books where a.id in :ids order by a.name, a.id", Author.class)
                    .setParameter("ids", ids).getResultList();
        });
        sql.expect("a page of ids, then those authors with their books").selects(2);
        // end::ids-then-fetch[]
        assertThat(limits(sql.statements().get(0).sql())).isTrue();
        assertThat(limits(sql.statements().get(1).sql())).isFalse();
        assertThat(firstTwo).extracting(Author::name).containsExactly("Dana Tally", "Frank Herbert");
        assertThat(Bookshelf.titlesByAuthor(firstTwo)).hasSize(3 + 2);
    }
}

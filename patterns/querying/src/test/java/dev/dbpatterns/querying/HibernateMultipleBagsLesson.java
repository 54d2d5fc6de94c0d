package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import org.hibernate.SessionFactory;
import org.hibernate.loader.MultipleBagFetchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A List without an index column is a "bag" to Hibernate: it may hold duplicates, so Hibernate
 * cannot tell a repeated row from a repeated element. Two bags in one fetch would multiply each
 * other unnoticed, and Hibernate refuses. A bag and a Set are allowed: the SQL still returns
 * their cartesian product, and the bag keeps every repeat.
 */
@DatabaseTest
@DisplayName("Hibernate: two List join fetches are refused; a List and a Set fetch a cartesian product")
class HibernateMultipleBagsLesson {
    private SessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Bookshelf.restock(db);
    }

    @Test
    @DisplayName("authors' books and the books' reviews, both Lists: MultipleBagFetchException, nothing sent")
    void twoBagsAreRefused(SqlLog sql) {
        assertThatThrownBy(() -> sessions.fromSession(session -> session.createSelectionQuery(
                "from Author a join fetch a.books b join fetch b.reviews", Object.class).getResultList()))
                .hasRootCauseInstanceOf(MultipleBagFetchException.class);
        sql.expect().selects(0);
    }

    @Test
    @DisplayName("Dune's reviews (a List) and tags (a Set): one SELECT of 2 × 3 = 6 rows, and six reviews in the List")
    void bagAndSetMultiply(LessonDatabase db, SqlLog sql) {
        // tag::cartesian[]
        Book dune = sessions.fromSession(session -> session.createSelectionQuery(
                "from Book b join fetch b.reviews join fetch b.tags where b.title = 'Dune'", Book.class)
                .getSingleResult());
        sql.expect("Dune with its reviews and tags").selects(1);
        // end::cartesian[]
        long rows = db.queryForLong("select count(*) from book b join review r on r.book_id = b.id"
                + " join book_tag t on t.book_id = b.id where b.title = 'Dune'");

        assertThat(rows).isEqualTo(2 * 3);
        assertThat(dune.tags()).containsExactlyInAnyOrder("classic", "desert", "politics");
        // The Set absorbs the repeats; the bag cannot tell them from real elements and keeps one
        // review per row: two reviews come back six times. This is what two bags would do to both.
        assertThat(dune.reviews()).extracting(review -> review.reviewer())
                .containsExactly("Ann", "Ann", "Ann", "Ben", "Ben", "Ben");
    }
}

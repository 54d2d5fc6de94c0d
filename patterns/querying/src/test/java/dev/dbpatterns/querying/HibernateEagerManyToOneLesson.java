package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Review;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Review.book keeps JPA's default for a many-to-one: EAGER. On {@code find} Hibernate honours it
 * with a join; a query says what to join itself, so the eager book is fetched afterwards, one
 * SELECT per distinct book: EAGER is no way to avoid N+1.
 */
@DatabaseTest
@DisplayName("Hibernate: an EAGER many-to-one joins on find but costs 1 + N on a query")
class HibernateEagerManyToOneLesson {
    private SessionFactory sessions;
    private Bookshelf shelf;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shelf = Bookshelf.restock(db);
    }

    @Test
    @DisplayName("find: the review and its book in one joined SELECT")
    void findJoins(LessonDatabase db, SqlLog sql) {
        long reviewId = db.queryForLong("select min(id) from review");
        Review review = sessions.fromSession(session -> session.find(Review.class, reviewId));

        sql.expect("one review with its book").selects(1);
        assertThat(sql.statements().get(0).sql()).containsIgnoringCase("join book");
        assertThat(review.book().title()).isEqualTo("Dune");
    }

    @Test
    @DisplayName("a query for all four reviews: one SELECT, then one per distinct book (three)")
    void queryIsOnePlusN(SqlLog sql) {
        // tag::eager-query[]
        List<Review> reviews = sessions.fromSession(session -> session
                .createSelectionQuery("from Review order by id", Review.class).getResultList());
        sql.expect("4 reviews, then each distinct book").selects(1 + 3);
        // end::eager-query[]
        assertThat(reviews).extracting(review -> review.book().title())
                .containsExactly("Dune", "Dune", "A Wizard of Earthsea", "Small Gods");
    }

    @Test
    @DisplayName("the query that says join fetch: one SELECT again")
    void joinFetchInTheQuery(SqlLog sql) {
        List<Review> reviews = sessions.fromSession(session -> session
                .createSelectionQuery("from Review r join fetch r.book order by r.id", Review.class).getResultList());

        sql.expect("4 reviews with their books").selects(1);
        assertThat(reviews).extracting(review -> review.book().id()).contains(shelf.id("Dune"));
    }
}

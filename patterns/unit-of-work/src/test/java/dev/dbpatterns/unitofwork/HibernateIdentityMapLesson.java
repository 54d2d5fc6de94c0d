package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In Hibernate the identity map is the Session's persistence context: every entity it loads is
 * kept by id, and any later find or query that meets the same row gets the same object back.
 */
@DatabaseTest
@DisplayName("Hibernate: the persistence context is the identity map")
class HibernateIdentityMapLesson {
    private SessionFactory sessions;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shop = Shop.restock(db);
    }

    @Test
    @DisplayName("the same customer found twice in one session is one object, loaded by one SELECT")
    void secondFindSendsNothing(SqlLog sql) {
        // tag::same-object[]
        sessions.inSession(session -> {
            Customer first = session.find(Customer.class, shop.id(Shop.ADA));
            Customer second = session.find(Customer.class, shop.id(Shop.ADA));

            assertThat(second).isSameAs(first);
        });
        sql.expect("two finds of one customer in one session").selects(1);
        // end::same-object[]
    }

    @Test
    @DisplayName("a book that comes back from a query is the object already loaded")
    void aQueryReturnsTheKnownObject(SqlLog sql) {
        sessions.inSession(session -> {
            Book dune = session.find(Book.class, shop.id(Shop.DUNE));

            List<Book> books = session.createSelectionQuery("from Book where id in :ids order by id", Book.class)
                    .setParameter("ids", List.of(shop.id(Shop.DUNE), shop.id(Shop.MORT))).getResultList();

            assertThat(books.get(0)).isSameAs(dune);
        });
        sql.expect("a query is always sent; its rows are resolved against the session").selects(2);
    }

    @Test
    @DisplayName("a change made elsewhere after loading is not seen: the session answers, not the row")
    void theSessionWinsOverTheRow(SqlLog sql) {
        sessions.inSession(session -> {
            Book dune = session.find(Book.class, shop.id(Shop.DUNE));
            shop.sellElsewhere(Shop.DUNE, 1);

            Book again = session.createSelectionQuery("from Book where id = :id", Book.class)
                    .setParameter("id", shop.id(Shop.DUNE)).getSingleResult();

            assertThat(again).isSameAs(dune);
            assertThat(again.inStock()).as("copies the session believes in; the table now has 4").isEqualTo(5);
            session.refresh(dune); // the way to ask for the row as it is now
            assertThat(dune.inStock()).isEqualTo(4);
        });
        sql.expect("find, query, refresh").selects(3);
    }
}

package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import dev.dbpatterns.unitofwork.hibernate.HibernateUnitsOfWork;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A unit of work is as fresh as its transaction. A Session kept open after its transaction, or
 * an entity carried out of it (detached), holds the rows as they were; written back later, it
 * overwrites whatever others did meanwhile. Ada has 100 points; another order adds 50 while our
 * stale copy adds 20: the right answer is 170.
 */
@DatabaseTest
@DisplayName("Hibernate: a session or an entity that outlives its transaction writes stale data")
class HibernateStaleSessionLesson {
    private SessionFactory sessions;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shop = Shop.restock(db);
    }

    @Test
    @DisplayName("a session kept open for a second transaction answers from its cache: the 50 points earned meanwhile are lost")
    void sessionKeptOpenLosesAnUpdate(SqlLog sql) {
        // tag::stale-session[]
        try (Session session = sessions.openSession()) {
            Transaction first = session.beginTransaction();
            Customer ada = session.find(Customer.class, shop.id(Shop.ADA));
            first.commit();

            shop.addPointsElsewhere(Shop.ADA, 50); // another order, in its own transaction
            sql.reset();

            Transaction second = session.beginTransaction();
            Customer again = session.find(Customer.class, shop.id(Shop.ADA)); // from the cache: 100
            again.earnPoints(20);
            second.commit();

            assertThat(again).isSameAs(ada);
        }
        sql.expect("the second transaction").selects(0).updates(1);
        assertThat(shop.points(Shop.ADA)).as("100 + 20, the other order's 50 overwritten").isEqualTo(120);
        // end::stale-session[]
    }

    @Test
    @DisplayName("a detached customer merged into a new session overwrites the 50 points in the same way")
    void detachedMergeLosesAnUpdate(SqlLog sql) {
        Customer detached = sessions.fromSession(session -> session.find(Customer.class, shop.id(Shop.ADA)));
        shop.addPointsElsewhere(Shop.ADA, 50);
        detached.earnPoints(20);
        sql.reset();

        sessions.inTransaction(session -> session.merge(detached));

        sql.expect("merge: load the row, copy the stale state over it").selects(1).updates(1);
        assertThat(shop.points(Shop.ADA)).isEqualTo(120);
    }

    @Test
    @DisplayName("fixed: a unit of work for each business transaction loads Ada as she is now: 170 points")
    void aUnitPerTransactionKeepsBoth() {
        shop.addPointsElsewhere(Shop.ADA, 50);

        // tag::fresh-unit[]
        try (ShopUnitOfWork unit = new HibernateUnitsOfWork(sessions).begin()) {
            Customer ada = unit.customer(shop.id(Shop.ADA)).orElseThrow(); // loaded now: 150
            ada.earnPoints(20);
            unit.registerDirty(ada);
            unit.commit();
        }
        // end::fresh-unit[]
        assertThat(shop.points(Shop.ADA)).isEqualTo(170);
    }

    @Test
    @DisplayName("on the versioned book the same stale session is refused at commit instead of overselling")
    void aVersionRefusesTheStaleWrite() {
        try (Session session = sessions.openSession()) {
            Transaction first = session.beginTransaction();
            session.find(Book.class, shop.id(Shop.DUNE)); // 5 copies, version 0
            first.commit();

            shop.sellElsewhere(Shop.DUNE, 1); // 4 copies, version 1

            Transaction second = session.beginTransaction();
            session.find(Book.class, shop.id(Shop.DUNE)).take(2); // the cached 5, less 2
            assertThatThrownBy(second::commit).hasRootCauseInstanceOf(StaleStateException.class);
        }
        assertThat(shop.inStock(Shop.DUNE)).as("the other sale stands; the stale one was refused").isEqualTo(4);
    }
}

package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.application.PlaceOrder;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Wanted;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import dev.dbpatterns.unitofwork.hibernate.HibernateUnitsOfWork;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A line cannot be inserted before its order, nor an order deleted before its lines. Hibernate's
 * action queue follows the associations of its mapping: cascades save a parent before its
 * children and delete the children before their parent. DELETEs of separate aggregates, though,
 * run in the order remove() was called; the port's Hibernate unit sorts them for that reason.
 */
@DatabaseTest
@DisplayName("Hibernate: the action queue writes parents before children, and removes children first")
class HibernateWriteOrderLesson {
    private SessionFactory sessions;
    private Shop shop;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shop = Shop.restock(db);
    }

    private long placeAnOrder() {
        return new PlaceOrder(new HibernateUnitsOfWork(sessions)).place(shop.id(Shop.ADA),
                List.of(new Wanted(shop.id(Shop.DUNE), 1), new Wanted(shop.id(Shop.MORT), 1))).orderId();
    }

    @Test
    @DisplayName("lines persisted before their order are still inserted after it: the line's cascade persists the order first")
    void childrenFirstStillWorks(SqlLog sql) {
        // tag::children-first[]
        sessions.inTransaction(session -> {
            Order order = new Order(session.find(Customer.class, shop.id(Shop.ADA)));
            order.add(session.find(Book.class, shop.id(Shop.DUNE)), 1);
            order.add(session.find(Book.class, shop.id(Shop.MORT)), 1);
            order.lines().forEach(session::persist); // the children first...
            session.persist(order);                  // ...then their parent
        });
        assertThat(sql.writes()).containsExactly("insert orders ×1", "insert order_line ×2");
        // end::children-first[]
        assertThat(db.rowCount("order_line")).isEqualTo(2);
    }

    @Test
    @DisplayName("removing an order removes its lines first, by cascade")
    void cascadeRemovesChildrenFirst(SqlLog sql) {
        long orderId = placeAnOrder();
        sql.reset();

        sessions.inTransaction(session -> session.remove(session.find(Order.class, orderId)));

        assertThat(sql.writes()).containsExactly("delete order_line ×2", "delete orders ×1");
        assertThat(db.rowCount("orders")).isZero();
    }

    @Test
    @DisplayName("a customer removed before their order breaks the foreign key: DELETEs keep the order of remove()")
    void separateAggregatesKeepCallOrder(SqlLog sql) {
        long orderId = placeAnOrder();
        sql.reset();

        assertThatThrownBy(() -> sessions.inTransaction(session -> {
            session.remove(session.find(Customer.class, shop.id(Shop.ADA)));
            session.remove(session.find(Order.class, orderId));
        })).isInstanceOf(PersistenceException.class)
                .rootCause().message().containsIgnoringCase("orders_customer_fk");
        assertThat(sql.writes()).first().isEqualTo("delete customer ×1");
        sql.reset();

        sessions.inTransaction(session -> {
            session.remove(session.find(Order.class, orderId));
            session.remove(session.find(Customer.class, shop.id(Shop.ADA)));
        });
        assertThat(sql.writes()).containsExactly("delete order_line ×2", "delete orders ×1", "delete customer ×1");
    }
}

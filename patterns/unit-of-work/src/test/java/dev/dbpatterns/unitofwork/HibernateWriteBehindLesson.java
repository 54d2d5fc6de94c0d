package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.application.PlaceOrder;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Wanted;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import dev.dbpatterns.unitofwork.hibernate.HibernateUnitsOfWork;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Write-behind in Hibernate: persist() and changes to managed objects go into the session's
 * action queue; the flush at commit sends them. hibernate.jdbc.batch_size=10 cuts the INSERTs of
 * a table into JDBC batches. That works because the ids come from a sequence: with an IDENTITY
 * column Hibernate must INSERT at persist() to learn the id, and cannot batch inserts at all.
 */
@DatabaseTest
@DisplayName("Hibernate: persist() queues the INSERT; the flush at commit sends the queue in batches")
class HibernateWriteBehindLesson {
    private SessionFactory sessions;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shop = Shop.restock(db);
    }

    @Test
    @DisplayName("persisting 25 new books sends no INSERT: only the SELECTs that reserve their ids, 20 at a time")
    void persistSendsNoInsert(LessonDatabase db, SqlLog sql) {
        // A SessionFactory of its own: its id blocks start empty, so the count is exact.
        SessionFactory fresh = db.shared("hibernate-fresh-ids", HibernateSetup::sessionFactory);
        sql.reset();
        // tag::write-behind[]
        fresh.inTransaction(session -> {
            Shop.newTitles(25).forEach(session::persist);
            sql.expect("after 25 persist() calls").inserts(0).selects(2);
            assertThat(sql.statements()).allSatisfy(sent -> assertThat(sent.sql()).contains("shop_id_seq"));
        });
        sql.expect("after the commit").inserts(25).batches(3).commits(1);
        // end::write-behind[]
        assertThat(sql.statements()).filteredOn(SentStatement::isBatched)
                .extracting(SentStatement::executions).containsExactly(10, 10, 5);
        assertThat(db.rowCount("book")).isEqualTo(5 + 25);
    }

    @Test
    @DisplayName("placing an order writes four tables in four batches, parents first, after every read")
    void anOrderIsFourBatches(SqlLog sql) {
        new PlaceOrder(new HibernateUnitsOfWork(sessions)).place(shop.id(Shop.ADA), List.of(
                new Wanted(shop.id(Shop.DUNE), 1), new Wanted(shop.id(Shop.MORT), 2), new Wanted(shop.id(Shop.EARTHSEA), 1)));

        sql.expect("the order's writes").inserts(4).updates(4).batches(4).commits(1);
        // ORDER_UPDATES sorts the UPDATEs by entity name: Book before Customer.
        assertThat(sql.writes()).containsExactly(
                "insert orders ×1", "insert order_line ×3", "update book ×3", "update customer ×1");
        assertThat(sql.readsComeFirst()).as("every SELECT before the first write").isTrue();
    }

    @Test
    @DisplayName("without ORDER_INSERTS the queue alternates tables: two orders take 4 batches instead of 2")
    void orderInsertsGroupsTables(LessonDatabase db, SqlLog sql) {
        SessionFactory unordered = db.shared("hibernate-unordered", dataSource -> HibernateSetup.sessionFactory(
                dataSource, Map.of(AvailableSettings.ORDER_INSERTS, false)));
        placeTwoOrders(unordered);
        List<String> alternating = sql.writes();
        sql.reset();

        placeTwoOrders(sessions);

        assertThat(alternating).as("without ORDER_INSERTS").containsExactly(
                "insert orders ×1", "insert order_line ×2", "insert orders ×1", "insert order_line ×2");
        assertThat(sql.writes()).as("with ORDER_INSERTS").containsExactly("insert orders ×2", "insert order_line ×4");
        sql.expect().inserts(6).batches(2);
    }

    /** Two orders of two lines each, persisted one after the other in one transaction. */
    private void placeTwoOrders(SessionFactory factory) {
        factory.inTransaction(session -> {
            Customer ada = session.find(Customer.class, shop.id(Shop.ADA));
            Book dune = session.find(Book.class, shop.id(Shop.DUNE));
            Book mort = session.find(Book.class, shop.id(Shop.MORT));
            for (int i = 0; i < 2; i++) {
                Order order = new Order(ada);
                order.add(dune, 1);
                order.add(mort, 1);
                session.persist(order);
            }
        });
    }
}

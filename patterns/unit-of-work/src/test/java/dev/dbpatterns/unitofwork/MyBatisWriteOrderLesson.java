package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.application.PlaceOrder;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Wanted;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import dev.dbpatterns.unitofwork.mybatis.OrderMapper;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A line cannot be inserted before its order, nor an order deleted before its lines. The MyBatis
 * unit does not care in which order things were registered: at commit it sorts the rows by table,
 * in the foreign-key order its RowType enum declares, parents first for INSERTs and last for
 * DELETEs. As a bonus the rows of one table sit together, so each table is one batch.
 */
@DatabaseTest
@DisplayName("MyBatis unit of work: rows are written in foreign-key order, whatever the order of registration")
class MyBatisWriteOrderLesson {
    private SqlSessionFactory sessions;
    private MyBatisUnitsOfWork units;
    private Shop shop;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        this.units = new MyBatisUnitsOfWork(sessions);
        this.shop = Shop.restock(db);
    }

    private long placeAnOrder() {
        return new PlaceOrder(units).place(shop.id(Shop.ADA),
                List.of(new Wanted(shop.id(Shop.DUNE), 1), new Wanted(shop.id(Shop.MORT), 1))).orderId();
    }

    private Order newOrder(ShopUnitOfWork unit) {
        Order order = new Order(unit.customer(shop.id(Shop.ADA)).orElseThrow());
        for (Book book : unit.books(List.of(shop.id(Shop.DUNE), shop.id(Shop.MORT)))) {
            order.add(book, 1);
        }
        return order;
    }

    @Test
    @DisplayName("lines registered before their order are still inserted after it")
    void childrenFirstStillWorks(SqlLog sql) {
        // tag::children-first[]
        try (ShopUnitOfWork unit = units.begin()) {
            Order order = newOrder(unit);
            order.lines().forEach(unit::registerNew); // the children first...
            unit.registerNew(order);                  // ...then their parent
            unit.commit();
        }
        assertThat(sql.writes()).containsExactly("insert orders ×1", "insert order_line ×2");
        // end::children-first[]
        assertThat(db.rowCount("order_line")).isEqualTo(2);
    }

    @Test
    @DisplayName("a customer and their order, registered for removal customer first, are deleted lines first")
    void removalsGoChildrenFirst(SqlLog sql) {
        long orderId = placeAnOrder();
        sql.reset();

        try (ShopUnitOfWork unit = units.begin()) {
            unit.registerRemoved(unit.customer(shop.id(Shop.ADA)).orElseThrow());
            unit.registerRemoved(unit.order(orderId).orElseThrow()); // its lines come along
            unit.commit();
        }

        assertThat(sql.writes()).containsExactly("delete order_line ×2", "delete orders ×1", "delete customer ×1");
        assertThat(db.rowCount("orders")).isZero();
    }

    @Test
    @DisplayName("two new orders with their lines are two batches: the rows of a table are sent together")
    void oneBatchPerTable(SqlLog sql) {
        try (ShopUnitOfWork unit = units.begin()) {
            unit.registerNew(newOrder(unit));
            unit.registerNew(newOrder(unit));
            unit.commit();
        }
        assertThat(sql.writes()).containsExactly("insert orders ×2", "insert order_line ×4");
        sql.expect().inserts(6).batches(2);
    }

    @Test
    @DisplayName("what the sorting saves us from: the mapper's DELETE of an order that still has lines is refused")
    void withoutTheOrderTheKeyBreaks() {
        long orderId = placeAnOrder();

        try (SqlSession session = sessions.openSession()) {
            OrderMapper orders = session.getMapper(OrderMapper.class);
            Order order = orders.findById(orderId);

            assertThatThrownBy(() -> orders.delete(order))
                    .isInstanceOf(PersistenceException.class)
                    .message().containsIgnoringCase("order_line_order_fk");
        }
        assertThat(db.rowCount("orders")).isEqualTo(1);
    }
}

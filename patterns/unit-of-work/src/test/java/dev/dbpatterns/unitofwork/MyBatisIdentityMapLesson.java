package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.mybatis.BookMapper;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The identity map: one object per row for the whole unit. Without it two steps of one business
 * transaction could load the same book twice, take copies from each object, and write whichever
 * UPDATE came last. MyBatis maps a fresh object for every row of every query, so the unit keeps
 * the map itself (IdentityMap), keyed by table and id.
 */
@DatabaseTest
@DisplayName("MyBatis unit of work: the identity map gives one object per row")
class MyBatisIdentityMapLesson {
    private SqlSessionFactory sessions;
    private MyBatisUnitsOfWork units;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        this.units = new MyBatisUnitsOfWork(sessions);
        this.shop = Shop.restock(db);
    }

    @Test
    @DisplayName("the same customer asked for twice in one unit is one object, loaded by one SELECT")
    void secondFindSendsNothing(SqlLog sql) {
        // tag::same-object[]
        try (ShopUnitOfWork unit = units.begin()) {
            Customer first = unit.customer(shop.id(Shop.ADA)).orElseThrow();
            Customer second = unit.customer(shop.id(Shop.ADA)).orElseThrow();

            assertThat(second).isSameAs(first);
        }
        sql.expect("two finds of one customer in one unit").selects(1);
        // end::same-object[]
    }

    @Test
    @DisplayName("a book that comes back from another query is the object already loaded, its change kept")
    void anotherQueryReturnsTheKnownObject(SqlLog sql) {
        try (ShopUnitOfWork unit = units.begin()) {
            Book dune = unit.book(shop.id(Shop.DUNE)).orElseThrow();
            dune.take(2);

            List<Book> books = unit.books(List.of(shop.id(Shop.DUNE), shop.id(Shop.MORT)));

            assertThat(books.get(0)).isSameAs(dune);
            assertThat(books.get(0).inStock()).as("the row said 5; the unit's object says").isEqualTo(3);
        }
        sql.expect("the list is a different query, so it is sent").selects(2);
    }

    @Test
    @DisplayName("MyBatis alone maps a new object for every query, even for the same row")
    void myBatisAloneHasNoIdentityMap(SqlLog sql) {
        try (SqlSession session = sessions.openSession()) {
            BookMapper books = session.getMapper(BookMapper.class);
            Book byId = books.findById(shop.id(Shop.DUNE));
            Book inAList = books.findByIds(List.of(shop.id(Shop.DUNE))).get(0);
            Book byIdAgain = books.findById(shop.id(Shop.DUNE));

            assertThat(inAList).isNotSameAs(byId);
            // MyBatis's session cache would answer a repeated query with the same object; the shop
            // turns it off (LocalCacheScope.STATEMENT), so the unit's map is the only one at work.
            assertThat(byIdAgain).isNotSameAs(byId);
        }
        sql.expect().selects(3);
    }

    @Test
    @DisplayName("a change made elsewhere after loading is not seen: the map answers, not the row")
    void theMapWinsOverTheRow(SqlLog sql) {
        try (ShopUnitOfWork unit = units.begin()) {
            Book dune = unit.book(shop.id(Shop.DUNE)).orElseThrow();
            shop.sellElsewhere(Shop.DUNE, 1);

            Book again = unit.books(List.of(shop.id(Shop.DUNE))).get(0);

            assertThat(again).isSameAs(dune);
            assertThat(again.inStock()).as("copies the unit believes in; the table now has 4").isEqualTo(5);
        }
        sql.expect().selects(2);
    }
}

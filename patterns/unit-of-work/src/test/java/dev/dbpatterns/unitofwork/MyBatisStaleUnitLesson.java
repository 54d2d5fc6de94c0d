package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.mybatis.CustomerMapper;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same stale-data bug as Hibernate's, and how the hand-built unit rules it out: it serves
 * one transaction and refuses to be used after it, and it refuses objects it did not load itself.
 * Ada has 100 points; another order adds 50 while a stale copy adds 20: the right answer is 170.
 */
@DatabaseTest
@DisplayName("MyBatis unit of work: it lives for one transaction and refuses stale objects")
class MyBatisStaleUnitLesson {
    private SqlSessionFactory sessions;
    private MyBatisUnitsOfWork units;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        this.units = new MyBatisUnitsOfWork(sessions);
        this.shop = Shop.restock(db);
    }

    private Customer adaFromAnEarlierUnit() {
        try (ShopUnitOfWork earlier = units.begin()) {
            return earlier.customer(shop.id(Shop.ADA)).orElseThrow();
        }
    }

    @Test
    @DisplayName("the bug: a stale customer written with the mapper overwrites the 50 points earned meanwhile")
    void theBugWithoutAUnit(SqlLog sql) {
        Customer stale = adaFromAnEarlierUnit(); // 100 points
        shop.addPointsElsewhere(Shop.ADA, 50);
        stale.earnPoints(20);
        sql.reset();

        // tag::stale-mapper[]
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(CustomerMapper.class).update(stale);
            session.commit();
        }
        sql.expect().updates(1).commits(1);
        assertThat(shop.points(Shop.ADA)).as("100 + 20, the other order's 50 overwritten").isEqualTo(120);
        // end::stale-mapper[]
    }

    @Test
    @DisplayName("a new unit refuses that stale customer, so the 50 points are safe")
    void aUnitRefusesAStaleObject(SqlLog sql) {
        Customer stale = adaFromAnEarlierUnit();
        shop.addPointsElsewhere(Shop.ADA, 50);
        stale.earnPoints(20);

        // tag::refuse-stale[]
        try (ShopUnitOfWork unit = units.begin()) {
            assertThatThrownBy(() -> unit.registerDirty(stale))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was not loaded by this unit of work");
        }
        // end::refuse-stale[]
        sql.expect().updates(0);
        assertThat(shop.points(Shop.ADA)).isEqualTo(150);
    }

    @Test
    @DisplayName("a committed unit refuses to serve the next transaction, so its identity map cannot go stale")
    void aCommittedUnitEnds() {
        ShopUnitOfWork unit = units.begin();
        unit.customer(shop.id(Shop.ADA)).orElseThrow();
        unit.commit();
        shop.addPointsElsewhere(Shop.ADA, 50);

        assertThatThrownBy(() -> unit.customer(shop.id(Shop.ADA))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("begin a new one for the next business transaction");
        unit.close();
    }

    @Test
    @DisplayName("fixed: a new unit loads Ada as she is now and keeps both orders' points: 170")
    void aNewUnitKeepsBoth() {
        shop.addPointsElsewhere(Shop.ADA, 50);

        // tag::fresh-unit[]
        try (ShopUnitOfWork unit = units.begin()) {
            Customer ada = unit.customer(shop.id(Shop.ADA)).orElseThrow(); // loaded now: 150
            ada.earnPoints(20);
            unit.registerDirty(ada);
            unit.commit();
        }
        // end::fresh-unit[]
        assertThat(shop.points(Shop.ADA)).isEqualTo(170);
    }
}

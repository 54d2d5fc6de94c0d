package dev.dbpatterns.unitofwork;

import static dev.dbpatterns.kit.lesson.SentStatement.Kind.SELECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.mybatis.BookMapper;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitOfWork;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hibernate flushes before a query that reads a changed table; it can, because it parses the
 * query and knows its tables. The MyBatis unit makes the other choice, like FlushMode.COMMIT:
 * it writes only at commit, so its batches stay whole and its SQL stays predictable. The price:
 * a query of one's own inside the unit sees the database as it was, not the unit's changes.
 * Objects asked of the unit are always current, through its identity map.
 */
@DatabaseTest
@DisplayName("MyBatis unit of work: it never flushes ahead of a query; a query inside it sees the database as it was")
class MyBatisFlushDecisionLesson {
    private static final long COPIES_IN_THE_SHOP = 5 + 3 + 1 + 10 + 4;

    private MyBatisUnitsOfWork units;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.units = new MyBatisUnitsOfWork(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        this.shop = Shop.restock(db);
    }

    private Book takeTwoDunes(MyBatisUnitOfWork unit) {
        Book dune = unit.book(shop.id(Shop.DUNE)).orElseThrow();
        dune.take(2);
        unit.registerDirty(dune);
        return dune;
    }

    @Test
    @DisplayName("a query after a change sends no UPDATE first, and counts the copies the table still has")
    void aQueryDoesNotFlush(SqlLog sql) {
        // tag::no-flush[]
        try (MyBatisUnitOfWork unit = units.begin()) {
            takeTwoDunes(unit);

            long copies = unit.query(BookMapper.class, BookMapper::copiesInStock);

            assertThat(copies).as("the unit's own change is not counted").isEqualTo(COPIES_IN_THE_SHOP);
            assertThat(sql.statements()).extracting(SentStatement::kind).containsExactly(SELECT, SELECT);
            unit.commit();
        }
        sql.expect("the UPDATE waited for the commit").updates(1).commits(1);
        // end::no-flush[]
    }

    @Test
    @DisplayName("what the unit hands out is current: asked again, it gives the changed object")
    void objectsFromTheUnitAreCurrent() {
        try (MyBatisUnitOfWork unit = units.begin()) {
            Book dune = takeTwoDunes(unit);

            assertThat(unit.books(List.of(shop.id(Shop.DUNE)))).containsExactly(dune);
            assertThat(dune.inStock()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("a query that must count the change runs after the commit, in the next unit")
    void countAfterTheCommit() {
        try (MyBatisUnitOfWork unit = units.begin()) {
            takeTwoDunes(unit);
            unit.commit();
        }
        try (MyBatisUnitOfWork next = units.begin()) {
            assertThat(next.query(BookMapper.class, BookMapper::copiesInStock)).isEqualTo(COPIES_IN_THE_SHOP - 2);
        }
    }
}

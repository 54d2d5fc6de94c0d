package dev.dbpatterns.exercises.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.exercises.mapping.domain.Grade;
import dev.dbpatterns.exercises.mapping.domain.Price;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.domain.UsedCopy;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** record and handBack: both ends of trade and copy kept consistent, written by cascade or by hand. */
@DatabaseTest
@Tag("task-3")
@DisplayName("Task 3 · Both styles: a trade and its copies, both ends consistent; orphan removal against explicit writes")
class BothEndsTest {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        db.update("delete from used_copy");
        db.update("delete from trade");
        Style.startAll(db);
    }

    /** Ada sells three copies: Dune twice (as new, and good), and a worn Mort; she is paid 7.50. */
    static Trade adasTrade(String receipt) {
        Trade trade = new Trade(receipt, "Ada Reader");
        trade.take(Counter.MORT, Grade.WORN, Price.of("1.00"));
        trade.take(Counter.DUNE, Grade.AS_NEW, Price.of("4.00"));
        trade.take(Counter.DUNE, Grade.GOOD, Price.of("2.50"));
        trade.settle(Price.of("7.50"));
        return trade;
    }

    @Test
    @DisplayName("take: the trade lists the new copy and the copy names the trade, before anything is saved")
    void takeSetsBothEnds() {
        Trade trade = new Trade("T-1", "Ada Reader");
        UsedCopy copy = trade.take(Counter.EMMA, Grade.GOOD, Price.of("3.10"));

        assertThat(trade.copies()).containsExactly(copy);
        assertThat(copy.trade()).isSameAs(trade);
        assertThat(copy.isbn()).isEqualTo(Counter.EMMA);
        assertThat(copy.grade()).isEqualTo(Grade.GOOD);
        assertThat(copy.offer()).isEqualTo(Price.of("3.10"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("record: the trade and its three copies in four INSERTs, each copy under the trade's id, read back from both ends")
    void recordWritesEveryCopy(Style style, SqlLog sql) {
        Trade trade = style.buyBack(db).record(adasTrade("T-1"));

        assertThat(sql.count(Kind.INSERT)).as("INSERTs: the trade, then its three copies").isEqualTo(4);
        assertThat(trade.id()).as("the trade's generated id").isNotNull();
        assertThat(trade.copies()).extracting(UsedCopy::id).as("each copy's generated id").doesNotContainNull();
        assertThat(db.queryForLong("select count(*) from used_copy where trade_id = ?", trade.id())).isEqualTo(3);
        assertThat(db.queryForList(String.class, "select grade from used_copy where trade_id = ? order by grade", trade.id()))
                .as("grades by name").containsExactly("AS_NEW", "GOOD", "WORN");

        Trade found = style.buyBack(db).find(trade.id()).orElseThrow();
        assertThat(found.paidOut()).isEqualTo(Price.of("7.50"));
        assertThat(found.copies()).extracting(UsedCopy::isbn).containsExactly(Counter.DUNE, Counter.DUNE, Counter.MORT);
        assertThat(found.copies()).allSatisfy(copy -> assertThat(copy.trade()).isSameAs(found));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("record is all or nothing: a copy the database refuses (an ISBN too long) leaves no trade behind")
    void recordIsAtomic(Style style) {
        Trade trade = adasTrade("T-1");
        trade.take("97804410135930000", Grade.GOOD, Price.of("1.00"));

        assertThatThrownBy(() -> style.buyBack(db).record(trade)).isInstanceOf(RuntimeException.class);
        assertThat(db.rowCount("trade")).as("trades").isZero();
        assertThat(db.rowCount("used_copy")).as("copies").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("handBack: the copy's row is deleted and the others stay; MyBatis sends the DELETE itself, Hibernate loads the trade first")
    void handBackDeletesTheCopy(Style style, SqlLog sql) {
        Trade trade = style.buyBack(db).record(adasTrade("T-1"));
        long mort = trade.copies().get(0).id();
        sql.reset();

        style.buyBack(db).handBack(trade.id(), mort);

        assertThat(sql.count(Kind.DELETE)).as("DELETEs").isEqualTo(1);
        if (style == Style.MYBATIS) {
            assertThat(sql.count(Kind.SELECT)).as("SELECTs: none, the DELETE says which trade and copy").isZero();
        } else {
            assertThat(sql.count(Kind.SELECT)).as("SELECTs: the trade and its copies, for orphan removal").isBetween(1, 2);
        }
        assertThat(db.queryForLong("select count(*) from used_copy where id = ?", mort)).as("the copy handed back").isZero();
        assertThat(style.buyBack(db).find(trade.id()).orElseThrow().copies()).extracting(UsedCopy::grade)
                .containsExactly(Grade.AS_NEW, Grade.GOOD);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("handBack through the wrong trade, or a trade that does not exist: IllegalArgumentException, nothing deleted")
    void handBackOnlyThroughItsTrade(Style style) {
        Trade ada = style.buyBack(db).record(adasTrade("T-1"));
        Trade bo = style.buyBack(db).record(new Trade("T-2", "Bo Browser"));
        long mort = ada.copies().get(0).id();

        assertThatThrownBy(() -> style.buyBack(db).handBack(bo.id(), mort)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> style.buyBack(db).handBack(bo.id() + 1000, mort)).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.rowCount("used_copy")).as("copies").isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("Trade.handBack on a trade read back: off the list, and the copy no longer names the trade")
    void handBackInMemory(Style style) {
        long id = style.buyBack(db).record(adasTrade("T-1")).id();
        Trade trade = style.buyBack(db).find(id).orElseThrow();
        UsedCopy mort = trade.copies().get(2);

        assertThat(trade.handBack(mort.id())).isSameAs(mort);

        assertThat(trade.copies()).extracting(UsedCopy::isbn).containsExactly(Counter.DUNE, Counter.DUNE);
        assertThat(mort.trade()).as("the copy's trade, once handed back").isNull();
        assertThatThrownBy(() -> trade.handBack(mort.id())).isInstanceOf(IllegalArgumentException.class);
    }
}

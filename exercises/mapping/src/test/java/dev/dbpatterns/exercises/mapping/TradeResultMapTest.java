package dev.dbpatterns.exercises.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Grade;
import dev.dbpatterns.exercises.mapping.domain.Price;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.domain.UsedCopy;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CounterMapper.findTrade's result map: joined rows grouped into one trade with its copies, in one SELECT. */
@DatabaseTest
@Tag("task-2")
@DisplayName("Task 2 · MyBatis: a trade and its copies in one SELECT, grouped by <id>")
class TradeResultMapTest {
    private Counter counter;
    private BuyBack buyBack;

    @BeforeEach
    void setUp(LessonDatabase db) {
        counter = Counter.open(db);
        Style.startAll(db);
        buyBack = Style.MYBATIS.buyBack(db);
    }

    @Test
    @DisplayName("Ada's trade: its own columns, and its three copies by ISBN then id, in one SELECT")
    void tradeWithCopies(SqlLog sql) {
        Trade trade = buyBack.find(counter.ada).orElseThrow();

        assertThat(trade.id()).isEqualTo(counter.ada);
        assertThat(trade.receipt()).isEqualTo("A-1");
        assertThat(trade.seller()).isEqualTo("Ada Reader");
        assertThat(trade.paidOut()).isEqualTo(Price.of("6.00"));
        assertThat(trade.copies()).extracting(UsedCopy::isbn, UsedCopy::grade, UsedCopy::offer).containsExactly(
                tuple(Counter.DUNE, Grade.GOOD, Price.of("2.50")),
                tuple(Counter.DUNE, Grade.GOOD, Price.of("2.50")),
                tuple(Counter.MORT, Grade.WORN, Price.of("1.00")));
        sql.expect("the trade joined with its copies").selects(1);
    }

    @Test
    @DisplayName("two equal copies stay two: each copy's identity is its own id (copy_id), not the trade's")
    void equalCopiesStayTwo() {
        Trade trade = buyBack.find(counter.ada).orElseThrow();

        assertThat(trade.copies()).as("the copies' ids: <id> on the copy map, read through the prefix copy_")
                .extracting(UsedCopy::id)
                .containsExactly(counter.copy("ada's Dune"), counter.copy("ada's other Dune"), counter.copy("ada's Mort"));
    }

    @Test
    @DisplayName("each copy names the very trade that lists it")
    void bothEnds() {
        Trade trade = buyBack.find(counter.ada).orElseThrow();

        assertThat(trade.copies()).hasSize(3).allSatisfy(copy -> assertThat(copy.trade()).isSameAs(trade));
    }

    @Test
    @DisplayName("one trade's copies never land in another's: Bo has his one Emma, unpaid")
    void oneTradesCopies() {
        Trade trade = buyBack.find(counter.bo).orElseThrow();

        assertThat(trade.copies()).extracting(UsedCopy::isbn).containsExactly(Counter.EMMA);
        assertThat(trade.copies().get(0).grade()).isEqualTo(Grade.AS_NEW);
        assertThat(trade.paidOut()).isNull();
    }

    @Test
    @DisplayName("a trade without copies comes back with none; no trade comes back empty")
    void noCopiesNoTrade() {
        Trade trade = buyBack.find(counter.cy).orElseThrow();

        assertThat(trade.copies()).isEmpty();
        assertThat(trade.paidOut()).isEqualTo(Price.of("0.00"));
        assertThat(buyBack.find(counter.cy + 1000)).isEmpty();
    }
}

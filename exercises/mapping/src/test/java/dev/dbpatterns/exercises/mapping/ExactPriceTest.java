package dev.dbpatterns.exercises.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.exercises.mapping.domain.Price;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PriceConverter and PriceTypeHandler: euros to the cent in, the same euros out, whole cents in the column. */
@DatabaseTest
@Tag("task-1")
@DisplayName("Task 1 · Both styles: a price in cents, exactly")
class ExactPriceTest {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        db.update("delete from used_copy");
        db.update("delete from trade");
        Style.startAll(db);
    }

    private long save(Style style, String receipt, Price paid) {
        Trade trade = new Trade(receipt, "Ada Reader");
        trade.settle(paid);
        style.saveRow(db, trade);
        return db.queryForLong("select id from trade where receipt = ?", receipt);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("a cent, 19.99, 1234.50 and 90071992547409.93 (past a double's 53 bits) come back equal, stored as whole cents")
    void roundTrips(Style style) {
        String[] euros = {"0.01", "19.99", "1234.50", "90071992547409.93"};
        long[] cents = {1, 1999, 123450, 9007199254740993L};
        for (int i = 0; i < euros.length; i++) {
            long id = save(style, "R-" + i, Price.of(euros[i]));

            assertThat(db.queryForLong("select paid_out_cents from trade where id = ?", id))
                    .as("the column holds whole cents: %s euros", euros[i]).isEqualTo(cents[i]);
            assertThat(style.loadRow(db, id).paidOut())
                    .as("%s euros read back: equal, scale 2 included", euros[i]).isEqualTo(Price.of(euros[i]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("a trade not paid yet: NULL in the column, and no price read back, not 0.00")
    void notPaidYet(Style style) {
        long id = save(style, "R-unpaid", null);

        assertThat(db.queryForList(Long.class, "select paid_out_cents from trade where id = ?", id))
                .as("the column of an unpaid trade").containsExactly((Long) null);
        assertThat(style.loadRow(db, id).paidOut()).as("the price of an unpaid trade").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("a price too big for a bigint of cents is refused (ArithmeticException), not wrapped into a negative one")
    void tooBigIsRefused(Style style) {
        Throwable thrown = catchThrowable(() -> save(style, "R-huge", Price.of("92233720368547758.08")));

        assertThat(causes(thrown)).as("the exception and its causes").anyMatch(ArithmeticException.class::isInstance);
        assertThat(db.rowCount("trade")).as("trades written").isZero();
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}

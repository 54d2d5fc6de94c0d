package dev.dbpatterns.exercises.transactions;

import static dev.dbpatterns.exercises.transactions.Ledger.ADA;
import static dev.dbpatterns.exercises.transactions.Ledger.ADA_BALANCE;
import static dev.dbpatterns.exercises.transactions.Ledger.BEN;
import static dev.dbpatterns.exercises.transactions.Ledger.BEN_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.transactions.application.Retry;
import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.GiftCard;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Transactions that meet: what is a conflict worth running again and what is not, a deadlock
 * between two transfers, and a crowd of tills paying with one card. The SQL goes through the
 * unrecorded pool: hundreds of statements, in an order no two runs share.
 */
@DatabaseTest(poolSize = 6)
// Inherited tests run in the order written here, the order a learner meets them.
abstract class ConcurrencyContract {
    private LessonDatabase db;
    private Transactions transactions;

    protected abstract Transactions transactions(LessonDatabase db);

    /** The driver's error as the framework hands it to the caller of a mapper or a Session: wrapped. */
    protected abstract RuntimeException asTheFrameworkThrows(SQLException driverError);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.transactions = transactions(db);
        Ledger.reopen(db);
    }

    @AfterEach
    void everyConnectionIsBackInThePool() {
        assertThat(db.activeConnections()).as("connections still borrowed from the pool").isZero();
    }

    @Test
    @DisplayName("a constraint violation is no conflict: it is tried once, and the database's error reaches the caller")
    void constraintViolationIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable thrown = Thrown.by(() -> Retry.upTo(5).run(() -> {
            attempts.incrementAndGet();
            return transactions.inTransaction(cards -> cards.issue(ADA, 10)); // issued before
        }));

        assertThat(thrown).as("issuing " + ADA + " again: the unique constraint refuses it (SQLState 23505; on MariaDB"
                + " 23000, code 1062). Running it again cannot help: it must reach the caller as the database's error,"
                + " not as a ConcurrentUpdateException").isNotNull().isNotInstanceOf(ConcurrentUpdateException.class);
        assertThat(DriverErrors.sqlState(thrown)).as("the SQLState of the database's error among the causes of " + thrown)
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(attempts).as("attempts at issuing a code that exists: a constraint violation is never retried")
                .hasValue(1);
    }

    @Test
    @DisplayName("a deadlock or a serialization failure as any of the three databases reports it is a ConcurrentUpdateException, on any database")
    void everyDatabasesConflicts() {
        Map<String, SQLException> conflicts = new LinkedHashMap<>();
        conflicts.put("PostgreSQL's deadlock", new SQLException("ERROR: deadlock detected", "40P01", 0));
        conflicts.put("PostgreSQL's serialization failure",
                new SQLException("ERROR: could not serialize access due to concurrent update", "40001", 0));
        conflicts.put("H2's concurrent update", new SQLException("Concurrent update in table \"GIFT_CARD\"", "90131", 90131));
        conflicts.put("MariaDB's deadlock",
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        conflicts.put("MariaDB's record changed since last read",
                new SQLException("Record has changed since last read in table 'gift_card'", "HY000", 1020));

        conflicts.forEach((what, driverError) -> {
            Throwable thrown = failWith(asTheFrameworkThrows(driverError));

            assertThat(thrown).as(what + " (SQLState " + driverError.getSQLState() + ", code " + driverError.getErrorCode()
                    + "), thrown by a mapper or the Session: the boundary must report it as ConcurrentUpdateException,"
                    + " asking DatabaseErrors about the SQLException among the causes, whatever database this test runs"
                    + " on").isInstanceOf(ConcurrentUpdateException.class);
            Throwable cause = DriverErrors.sqlException(thrown);
            assertThat(cause).as("the driver's error, among the causes of the ConcurrentUpdateException")
                    .isSameAs(driverError);
        });
    }

    @Test
    @DisplayName("any other error of the three databases reaches the caller as the framework threw it")
    void otherErrorsAreLeftAlone() {
        Map<String, SQLException> others = new LinkedHashMap<>();
        others.put("PostgreSQL's unique violation", new SQLException("ERROR: duplicate key value", "23505", 0));
        others.put("PostgreSQL's foreign key violation", new SQLException("ERROR: violates foreign key", "23503", 0));
        others.put("MariaDB's duplicate key", new SQLException("Duplicate entry 'GIFT-ADA'", "23000", 1062));
        others.put("MariaDB's lock wait timeout",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
        others.put("H2's lock timeout", new SQLException("Timeout trying to lock table \"GIFT_CARD\"", "HYT00", 50200));

        others.forEach((what, driverError) -> {
            RuntimeException reported = asTheFrameworkThrows(driverError);

            assertThat(failWith(reported)).as(what + " (SQLState " + driverError.getSQLState() + ", code "
                    + driverError.getErrorCode() + "): no conflict, so the caller gets the very exception the framework"
                    + " threw, neither translated nor wrapped").isSameAs(reported);
        });
    }

    /** What a transaction threw whose work issued a card, then met the error; the card must be rolled back. */
    private Throwable failWith(RuntimeException error) {
        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.issue("GIFT-NEW", 10);
            throw error;
        }));
        assertThat(Ledger.exists(db, "GIFT-NEW")).as("GIFT-NEW, issued before the error: rolled back").isFalse();
        return thrown;
    }

    @Test
    @DisplayName("a deadlock is a conflict: the adapter reports it as ConcurrentUpdateException, and Retry runs the loser again")
    void deadlockIsRetried() throws Exception {
        CountDownLatch eachHoldsOneCard = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        Retry retry = Retry.upTo(5);

        Tills.run(2, till -> {
            // Till 0 moves 10 from Ada's card to Ben's, till 1 moves 25 the other way, at the same time.
            String from = till == 0 ? ADA : BEN;
            String to = till == 0 ? BEN : ADA;
            long amount = till == 0 ? 10 : 25;
            retry.run(() -> transactions.inTransaction(cards -> {
                attempts.incrementAndGet();
                GiftCard source = cards.find(from).orElseThrow();
                GiftCard target = cards.find(to).orElseThrow();
                source.redeem(amount);
                cards.save(source);                           // this transaction now holds the source's row
                Tills.meet(eachHoldsOneCard);                 // until the other holds its source too
                target.topUp(amount);
                cards.save(target);                           // waits for the other, which waits for this one
                return null;
            }));
        });

        assertThat(Ledger.balance(db, ADA)).as(ADA + " after both transfers").isEqualTo(ADA_BALANCE - 10 + 25);
        assertThat(Ledger.balance(db, BEN)).as(BEN + " after both transfers").isEqualTo(BEN_BALANCE + 10 - 25);
        assertThat(attempts).as("attempts at the two transfers: each locked one card and waited for the other's;"
                + " the database broke the deadlock by rolling one back, which must have run again")
                .hasValueGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("4 tills × 20 payments of 1 from a card of 60, each retried on conflicts: exactly 60 paid, 20 refused, nothing lost")
    void crowdOfTills() throws Exception {
        Ledger.issue(db, "GIFT-CROWD", 60);
        // A till loses a conflict only when another till's save got in first: 60 saves, so 61
        // attempts are always enough; 100 leave room to spare.
        Retry retry = Retry.upTo(100);
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch firstReads = new CountDownLatch(4);

        Tills.Outcome outcome = Tills.pay(4, 20, () -> retry.run(() -> transactions.inTransaction(cards -> {
            attempts.incrementAndGet();
            GiftCard card = cards.find("GIFT-CROWD").orElseThrow();
            if (firstReads.getCount() > 0) { // the first round: every till has read version 0 before any saves
                Tills.meet(firstReads);
            }
            card.redeem(1);
            cards.save(card);
            return null;
        })));

        assertThat(outcome.paid()).as("payments that went through, from a card of 60: more means a lost update, two"
                + " tills that read the same balance and both saved").isEqualTo(60);
        assertThat(outcome.refused()).as("payments refused for want of balance").isEqualTo(20);
        assertThat(Ledger.balance(db, "GIFT-CROWD")).as("left on the card").isZero();
        assertThat(Ledger.version(db, "GIFT-CROWD")).as("saves that counted: one per payment").isEqualTo(60);
        assertThat(attempts).as("attempts at the 80 payments: in the first round all four tills read version 0"
                + " before any saved, so three lost and must have run again").hasValueGreaterThanOrEqualTo(83);
    }
}

package dev.dbpatterns.exercises.transactions;

import static dev.dbpatterns.exercises.transactions.Ledger.ADA;
import static dev.dbpatterns.exercises.transactions.Ledger.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.GiftCard;
import dev.dbpatterns.exercises.transactions.domain.InsufficientBalanceException;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The transaction boundary: how a transaction ends, and the connection going back to the pool whatever happened. */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class BoundaryContract {
    private static final String NEW_CARD = "GIFT-NEW";

    private LessonDatabase db;
    private Transactions transactions;
    private int borrowedAtStart;

    protected abstract Transactions transactions(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.transactions = transactions(db);
        Ledger.reopen(db);
        this.borrowedAtStart = db.activeConnections(); // 0, unless a test before this one leaked
    }

    @AfterEach
    void everyConnectionIsBackInThePool() {
        assertThat(db.activeConnections() - borrowedAtStart).as("connections this test left borrowed from the pool:"
                + " a session that is not closed keeps its connection, and a few such transactions leave the pool"
                + " empty").isZero();
    }

    /** Checked right after each transaction, so that a leak is named before what it causes. */
    private void connectionIsBack(String afterWork) {
        assertThat(db.activeConnections() - borrowedAtStart).as("connections still borrowed after a transaction whose"
                + " work " + afterWork + ": close the session however the work ends (try-with-resources), or every"
                + " such transaction keeps its connection, and its locks, until the pool runs dry").isZero();
    }

    @Test
    @DisplayName("work that returns is committed, and what it returned reaches the caller")
    void commitsWhenTheWorkReturns(SqlLog sql) {
        GiftCard issued = transactions.inTransaction(cards -> cards.issue(NEW_CARD, 25));
        connectionIsBack("returned");

        assertThat(issued.code()).as("what the work returned").isEqualTo(NEW_CARD);
        assertThat(Ledger.exists(db, NEW_CARD)).as(NEW_CARD + ", issued by work that returned, seen after the"
                + " transaction: the work returned, so the transaction must be committed").isTrue();
        sql.expect("the work returned: one COMMIT ends the transaction").commits(1).rollbacks(0);
    }

    @Test
    @DisplayName("everything the work does is one transaction: other connections see nothing of it before the commit")
    void oneTransactionForTheWholeWork() {
        boolean seenTooEarly = transactions.inTransaction(cards -> {
            cards.issue(NEW_CARD, 25);
            return Ledger.exists(db, NEW_CARD); // another connection looks, while the work still runs
        });
        connectionIsBack("returned");

        assertThat(seenTooEarly).as(NEW_CARD + " seen from another connection while the work was still running:"
                + " its INSERT was committed at once. Keep auto-commit off and commit once, after the work").isFalse();
        assertThat(Ledger.exists(db, NEW_CARD)).as(NEW_CARD + " after the commit").isTrue();
    }

    @Test
    @DisplayName("work that only read and returned ends with a COMMIT too")
    void readOnlyWorkIsCommitted(SqlLog sql) {
        Long id = transactions.inTransaction(cards -> cards.find(ADA).orElseThrow().id());
        connectionIsBack("only read, and returned");

        assertThat(id).as("what the work returned: the id of " + ADA).isNotNull();
        sql.expect("work that only read, and returned: the boundary ends the transaction it began with a COMMIT, written"
                + " or not. MyBatis's session.commit() sends none when the session wrote nothing: commit(true) forces it")
                .commits(1).rollbacks(0);
    }

    @Test
    @DisplayName("work that only read and then threw ends with a ROLLBACK, whichever exception it threw")
    void readOnlyWorkIsRolledBack(SqlLog sql) {
        Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.find(ADA).orElseThrow();
            throw new IllegalStateException("the till crashed");
        }));
        connectionIsBack("only read, and threw a runtime exception");
        sql.expect("work that only read, then threw a runtime exception: ROLLBACK, never COMMIT. MyBatis's"
                + " session.rollback() sends none when the session wrote nothing, and closing it then commits what is"
                + " open (setAutoCommit(true)): rollback(true) forces it").commits(0).rollbacks(1);
        sql.reset();

        Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.find(BEN).orElseThrow().redeem(1000);
            return null;
        }));
        connectionIsBack("only read, and threw a checked exception");
        sql.expect("work that only read, then threw the checked InsufficientBalanceException: ROLLBACK, never COMMIT")
                .commits(0).rollbacks(1);
    }

    @Test
    @DisplayName("a runtime exception rolls the transaction back, and reaches the caller unchanged")
    void rollsBackOnARuntimeException(SqlLog sql) {
        IllegalStateException soldOut = new IllegalStateException("the book sold out meanwhile");

        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.issue(NEW_CARD, 25);
            throw soldOut;
        }));
        connectionIsBack("threw a runtime exception");

        assertThat(thrown).as("what the caller got: the work's own exception, not a wrapper").isSameAs(soldOut);
        assertThat(Ledger.exists(db, NEW_CARD)).as(NEW_CARD + ", issued before the work threw: a transaction whose"
                + " work throws must be rolled back").isFalse();
        sql.expect("the work threw: the transaction must end with a ROLLBACK, never a COMMIT").commits(0).rollbacks(1);
    }

    @Test
    @DisplayName("a checked exception rolls it back too, and reaches the caller as that same checked exception")
    void rollsBackOnACheckedException(SqlLog sql) {
        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.issue(NEW_CARD, 40);                            // a present for a friend,
            GiftCard paying = cards.find(BEN).orElseThrow();      // paid with Ben's card, which holds 30:
            paying.redeem(40);                                    // InsufficientBalanceException, a checked one
            cards.save(paying);
            return paying;
        }));
        connectionIsBack("threw a checked exception");

        assertThat(thrown).as("the work threw the checked InsufficientBalanceException: the caller must get that"
                + " exception itself, not wrapped in another: roll back, then rethrow it as it is")
                .isExactlyInstanceOf(InsufficientBalanceException.class);
        assertThat(Ledger.exists(db, NEW_CARD)).as(NEW_CARD + " was committed although the work threw a checked"
                + " exception. Spring's @Transactional commits on checked exceptions unless told rollbackFor;"
                + " this boundary must roll back on every exception").isFalse();
        sql.expect("the work threw a checked exception: ROLLBACK, never COMMIT").commits(0).rollbacks(1);
    }

    @Test
    @DisplayName("a statement the database refuses rolls back what came before it, and its error reaches the caller")
    void rollsBackWhenTheDatabaseRefuses() {
        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.issue(NEW_CARD, 10);
            return cards.issue(ADA, 10); // issued before: the unique constraint refuses it
        }));
        connectionIsBack("met a database error");

        assertThat(DriverErrors.sqlState(thrown)).as("issuing " + ADA + " a second time: the database's error must reach the"
                + " caller, its SQLException among the causes, with the SQLState of a unique violation; thrown: " + thrown)
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(thrown).as("a unique violation is no conflict: it reaches the caller as the framework threw it, not"
                + " as a ConcurrentUpdateException (translate a failed version check only, not every"
                + " PersistenceException)").isNotInstanceOf(ConcurrentUpdateException.class);
        assertThat(Ledger.exists(db, NEW_CARD)).as(NEW_CARD + ", issued before the refused INSERT: the transaction"
                + " must be rolled back as a whole").isFalse();
        assertThat(db.rowCount("gift_card")).as("gift cards").isEqualTo(2);
    }

    @Test
    @DisplayName("however the transaction ends, its connection goes back to the pool")
    void connectionGoesBackEveryTime() {
        Map<String, ThrowingCallable> endings = new LinkedHashMap<>();
        endings.put("returned", () -> transactions.inTransaction(cards -> cards.find(ADA)));
        endings.put("threw a runtime exception", () -> transactions.inTransaction(cards -> {
            throw new IllegalStateException("the till crashed");
        }));
        endings.put("threw a checked exception", () -> transactions.inTransaction(cards -> {
            cards.find(BEN).orElseThrow().redeem(1000);
            return null;
        }));

        endings.forEach((ending, transaction) -> {
            Thrown.by(transaction);
            connectionIsBack(ending);
        });
    }
}

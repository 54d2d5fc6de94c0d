package dev.dbpatterns.exercises.transactions;

import static dev.dbpatterns.exercises.transactions.Ledger.ADA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.GiftCard;
import dev.dbpatterns.exercises.transactions.domain.InsufficientBalanceException;
import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking: a save writes the card only if its stored version is still the one read,
 * so two tills paying with one card cannot overwrite each other's payment (the lost update).
 * The card read on one till's screen is read in one transaction and saved in a later one.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class OptimisticLockingContract {
    private LessonDatabase db;
    private Transactions transactions;

    protected abstract Transactions transactions(LessonDatabase db);

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

    /** A card as a till's screen shows it: read in a transaction of its own, which has ended. */
    private GiftCard readOnAScreen(String code) {
        return transactions.inTransaction(cards -> cards.find(code).orElseThrow());
    }

    /** Another till pays with the card: read, redeem and save, in one transaction, committed. */
    private void payElsewhere(String code, long amount) throws InsufficientBalanceException {
        transactions.inTransaction(cards -> {
            GiftCard card = cards.find(code).orElseThrow();
            card.redeem(amount);
            cards.save(card);
            return card;
        });
    }

    @Test
    @DisplayName("a save writes the new balance and adds one to the version, in an UPDATE whose WHERE checks the version read")
    void saveChecksAndRaisesTheVersion(SqlLog sql) throws InsufficientBalanceException {
        payElsewhere(ADA, 20);

        assertThat(Ledger.balance(db, ADA)).as(ADA + " after paying 20 of its 50").isEqualTo(30);
        assertThat(Ledger.version(db, ADA)).as("the version of " + ADA + " after one save: each save adds one, so"
                + " that a save of the card read before it can tell").isEqualTo(1);
        assertThat(Ledger.cards(db)).as("every card after Ada's payment: the UPDATE must change Ada's card only,"
                + " 'where id = ?', and leave Ben's as it was").containsExactly("GIFT-ADA 30 v1", "GIFT-BEN 30 v0");
        sql.expect("one payment: find the card, save it").updates(1).commits(1);
        String update = sql.statements().stream().filter(sent -> sent.kind() == SentStatement.Kind.UPDATE)
                .findFirst().orElseThrow().sql().toLowerCase(Locale.ROOT);
        assertThat(update).as("the UPDATE that saved the card: it must change one card only, 'where id = ?'")
                .contains(" where ");
        assertThat(update.substring(update.indexOf(" where "))).as("the WHERE of the UPDATE that saved the card:"
                + " optimistic locking writes only the version it read, 'where id = ? and version = ?'")
                .contains("version");
    }

    @Test
    @DisplayName("a card read in an earlier transaction is saved in a later one, when nobody saved it in between")
    void savesACardReadEarlier() throws InsufficientBalanceException {
        GiftCard onScreen = readOnAScreen(ADA);
        onScreen.redeem(20);

        transactions.inTransaction(cards -> {
            cards.save(onScreen);
            return null;
        });

        assertThat(Ledger.balance(db, ADA)).as(ADA + " after saving the card read on a screen, with 20 paid:"
                + " the card comes from an earlier transaction, which this one does not know (in Hibernate, a"
                + " detached object: merge it)").isEqualTo(30);
        assertThat(Ledger.version(db, ADA)).as("the version after that save").isEqualTo(1);
        assertThat(Ledger.cards(db)).as("every card: Ada's saved, Ben's untouched")
                .containsExactly("GIFT-ADA 30 v1", "GIFT-BEN 30 v0");
    }

    @Test
    @DisplayName("a card another till saved since it was read is refused with ConcurrentUpdateException: no lost update")
    void refusesAStaleCard() throws InsufficientBalanceException {
        GiftCard onScreen = readOnAScreen(ADA);   // 50, version 0
        payElsewhere(ADA, 30);                     // another till: 20 left, version 1
        onScreen.redeem(40);                       // this till still believes 50 are left

        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.save(onScreen);
            return null;
        }));

        assertThat(Ledger.balance(db, ADA)).as(ADA + ": the other till's payment left 20; saving the card read"
                + " before it wrote 10 over that, and the payment of 30 is lost: the lost update. Save only where"
                + " the version is still the one read").isEqualTo(20);
        assertThat(thrown).as("saving a card read at version 0, after another transaction saved version 1, must be"
                + " refused with ConcurrentUpdateException (MyBatis: the UPDATE changed no row; Hibernate: merge or"
                + " flush threw an OptimisticLockException)")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(Ledger.version(db, ADA)).as("the version: only the other till's save counted").isEqualTo(1);
    }

    @Test
    @DisplayName("a card another till saved while this transaction held it: the save itself is refused, and the work stops there")
    void theSaveIsWhereTheRefusalShows() {
        AtomicBoolean wentOn = new AtomicBoolean();

        Throwable thrown = Thrown.by(() -> transactions.inTransaction(cards -> {
            GiftCard card = cards.find(ADA).orElseThrow(); // 50, version 0, read in this transaction
            payElsewhere(ADA, 30);                         // meanwhile another till: 20 left, version 1
            card.redeem(40);
            cards.save(card);
            wentOn.set(true);                              // a till would print the receipt here
            return null;
        }));

        assertThat(thrown).as("what the transaction whose save was refused threw").isNotNull();
        assertThat(wentOn).as("the work went on after a save that was refused: save must send its UPDATE now and"
                + " throw when it changed no row. In Hibernate, merge then flush(): without the flush the UPDATE"
                + " waits for the commit, and the till prints a receipt for a payment that never happens").isFalse();
        assertThat(Ledger.cards(db)).as("every card: only the other till's payment counted")
                .containsExactly("GIFT-ADA 20 v1", "GIFT-BEN 30 v0");
    }

    @Test
    @DisplayName("a refused save rolls back its whole transaction")
    void refusalRollsBackTheTransaction() throws InsufficientBalanceException {
        GiftCard onScreen = readOnAScreen(ADA);
        payElsewhere(ADA, 30);
        onScreen.redeem(40);

        Thrown.by(() -> transactions.inTransaction(cards -> {
            cards.issue("GIFT-NEW", 40);   // bought with the 40 paid from Ada's card
            cards.save(onScreen);
            return null;
        }));

        assertThat(Ledger.exists(db, "GIFT-NEW")).as("GIFT-NEW, issued in the transaction whose save was refused:"
                + " a refused save must throw, so that the boundary rolls back everything the transaction did").isFalse();
    }
}

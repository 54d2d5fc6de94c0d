package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.InsufficientFundsException;
import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.LockTimeoutException;
import dev.dbpatterns.transactions.domain.Transaction;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every Transactions adapter must do, on every database: how a transaction ends, what it
 * is told to be (isolation, read-only), savepoints, and the connection going back to the pool
 * whatever happened (checked after every test).
 */
@DatabaseTest
abstract class TransactionsContract {
    protected LessonDatabase db;
    protected Transactions transactions;
    protected Bank.Couple couple;

    protected abstract Transactions transactions(LessonDatabase db);

    /**
     * What a write in a read-only transaction reaches the caller as where the database refuses it:
     * the style's own exception around the driver's, when the style sends the write at once
     * (MyBatis); empty when the write waits for the flush before commit, which a read-only
     * transaction never reaches (Hibernate), so the database has nothing to refuse.
     */
    protected abstract Optional<Class<? extends RuntimeException>> readOnlyWriteRefusedAs();

    @BeforeEach
    void openBank(LessonDatabase db) {
        this.db = db;
        this.transactions = transactions(db);
        this.couple = Bank.reopen(db, 100, 50);
    }

    @AfterEach
    void everyConnectionIsBackInThePool() {
        assertThat(db.activeConnections()).as("connections still borrowed from the pool").isZero();
    }

    /** Deposits into the first account and saves: the write every test below commits or not. */
    private Household depositTen(Transaction tx) {
        Household household = tx.households().find(couple.household());
        household.deposit(couple.first(), 10);
        tx.households().save(household);
        return household;
    }

    @Nested
    @DisplayName("how a transaction ends")
    class Endings {
        // tag::commits[]
        @Test
        @DisplayName("work that returns is committed")
        void commitsOnSuccess(SqlLog sql) {
            transactions.inTransaction(tx -> depositTen(tx));

            assertThat(Bank.balance(db, couple.first())).isEqualTo(110);
            sql.expect("one transaction that wrote").commits(1).rollbacks(0);
        }
        // end::commits[]

        @Test
        @DisplayName("a runtime exception rolls it back and reaches the caller unchanged")
        void rollsBackOnRuntimeException(SqlLog sql) {
            IllegalStateException boom = new IllegalStateException("boom");

            assertThatThrownBy(() -> transactions.inTransaction(tx -> {
                depositTen(tx);
                throw boom;
            })).isSameAs(boom);

            assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
            sql.expect().commits(0).rollbacks(1);
        }

        // tag::checked-exception[]
        @Test
        @DisplayName("a checked exception rolls it back too, and reaches the caller as the same checked exception")
        void rollsBackOnCheckedException(SqlLog sql) {
            InsufficientFundsException refused = new InsufficientFundsException(couple.household(), 1000, 160);

            Throwable thrown = catchThrowable(() -> transactions.inTransaction(tx -> {
                depositTen(tx);
                throw refused;
            }));

            assertThat(thrown).isSameAs(refused);
            assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
            sql.expect().commits(0).rollbacks(1);
        }
        // end::checked-exception[]

        // tag::rollback-only[]
        @Test
        @DisplayName("work that marks it rollback-only returns its result, and nothing it wrote stays")
        void rollbackOnlyReturnsButKeepsNothing(SqlLog sql) {
            long previewed = transactions.inTransaction(tx -> {
                Household household = depositTen(tx);
                tx.setRollbackOnly(); // a preview: what would the balance be?
                return household.balance();
            });

            assertThat(previewed).isEqualTo(160);
            assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
            sql.expect().commits(0).rollbacks(1);
        }
        // end::rollback-only[]
    }

    @Nested
    @DisplayName("options of a transaction")
    class Options {
        @Test
        @DisplayName("a read-only transaction leaves the database as it was, even when its work writes")
        void readOnlyKeepsNothing() {
            Throwable thrown = catchThrowable(
                    () -> transactions.inTransaction(TransactionOptions.readOnlyTransaction(), tx -> depositTen(tx)));

            if (readOnlyWriteRefusedAs().isPresent() && db.target() != DatabaseTarget.H2) {
                // PostgreSQL and MariaDB refuse the UPDATE (SQLState 25006, "read-only SQL
                // transaction"); it is no conflict, so it reaches the caller untranslated.
                assertThat(thrown).isInstanceOf(readOnlyWriteRefusedAs().get())
                        .isNotInstanceOfAny(ConcurrencyConflictException.class, LockTimeoutException.class);
                SQLException refusal = DriverErrors.sqlException(thrown);
                assertThat(refusal.getSQLState()).as("SQLState").isEqualTo("25006");
                assertThat(refusal.getMessage()).containsIgnoringCase(db.target() == DatabaseTarget.POSTGRES
                        ? "cannot execute UPDATE in a read-only transaction" : "READ ONLY transaction");
            } else {
                // H2 takes read-only as a hint and runs the UPDATE; a read-only Hibernate session
                // never sends it. Either way there is nothing to refuse, and the rollback keeps nothing.
                assertThat(thrown).as("thrown by a read-only transaction that wrote").isNull();
            }
            assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
        }

        // tag::isolation[]
        @Test
        @DisplayName("at READ COMMITTED a second read sees what another transaction committed in between")
        void readCommittedSeesNewCommits() {
            assertThat(changeSeenBetweenTwoReads(TransactionOptions.at(Isolation.READ_COMMITTED))).isEqualTo(25);
        }

        @Test
        @DisplayName("at REPEATABLE READ it reads the same as the first time")
        void repeatableReadDoesNot() {
            assertThat(changeSeenBetweenTwoReads(TransactionOptions.at(Isolation.REPEATABLE_READ))).isZero();
        }

        @Test
        @DisplayName("with no level given, each database uses its own default: READ COMMITTED, but REPEATABLE READ on MariaDB")
        void defaultLevelIsTheDatabases() {
            long seen = changeSeenBetweenTwoReads(TransactionOptions.DEFAULTS);

            assertThat(seen).isEqualTo(db.target() == DatabaseTarget.MARIADB ? 0 : 25);
        }

        private long changeSeenBetweenTwoReads(TransactionOptions options) {
            return transactions.inTransaction(options, tx -> {
                long before = tx.households().balance(couple.household());
                Bank.depositElsewhere(db, couple.second(), 25);
                return tx.households().balance(couple.household()) - before;
            });
        }
        // end::isolation[]
    }

    @Nested
    @DisplayName("savepoints")
    class Savepoints {
        // tag::savepoint[]
        @Test
        @DisplayName("a part that fails is undone alone; what came before it is committed")
        void partialRollback(SqlLog sql) {
            boolean bonusPaid = transactions.inTransaction(tx -> {
                depositTen(tx);
                try {
                    tx.inSavepoint(part -> {
                        Household household = part.households().find(couple.household());
                        household.deposit(couple.second(), 500);
                        part.households().save(household);
                        throw new InsufficientFundsException(couple.household(), 500, 0); // the bonus fund is empty
                    });
                } catch (InsufficientFundsException noBonus) {
                    return false;
                }
                return true;
            });

            assertThat(bonusPaid).isFalse();
            assertThat(Bank.balance(db, couple.first())).as("before the savepoint").isEqualTo(110);
            assertThat(Bank.balance(db, couple.second())).as("inside the failed part").isEqualTo(50);
            sql.expect().commits(1).rollbacks(0);
        }
        // end::savepoint[]

        @Test
        @DisplayName("a part that succeeds is committed with the rest")
        void successfulPartStays() {
            transactions.inTransaction(tx -> tx.inSavepoint(part -> depositTen(part)));

            assertThat(Bank.balance(db, couple.first())).isEqualTo(110);
        }
    }
}

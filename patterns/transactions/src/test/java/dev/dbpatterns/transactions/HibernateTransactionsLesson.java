package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.hibernate.HibernateSetup;
import dev.dbpatterns.transactions.hibernate.HibernateTransactions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hibernate stands between the work and the database, and decides some things itself: a read-only
 * session writes nothing, an exception of Hibernate's ends the transaction whatever the work
 * does about it, and the dialect words the lock timeout.
 */
@DatabaseTest
@DisplayName("Hibernate: read-only sessions, exceptions that end the transaction, and the dialect's lock timeout")
class HibernateTransactionsLesson {
    private LessonDatabase db;
    private Transactions transactions;
    private Bank.Couple couple;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.transactions = new HibernateTransactions(db.shared("hibernate", HibernateSetup::sessionFactory));
        this.couple = Bank.reopen(db, 100, 50);
        transactions.inTransaction(tx -> tx.jobs().add("nightly backup"));
    }

    // tag::read-only[]
    @Test
    @DisplayName("read-only: the session never even sends the UPDATE; the change lives only in memory, on every database")
    void readOnlySendsNoUpdate(SqlLog sql) {
        long inMemory = transactions.inTransaction(TransactionOptions.readOnlyTransaction(), tx -> {
            Household household = tx.households().find(couple.household());
            household.deposit(couple.first(), 10);
            tx.households().save(household);
            return household.balance();
        });

        assertThat(inMemory).isEqualTo(160);
        sql.expect().selects(1).updates(0).rollbacks(1);
        assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
    }
    // end::read-only[]

    // tag::failed-statement[]
    @Test
    @DisplayName("a database error inside a savepoint still ends the transaction: Hibernate marks it rollback-only")
    void hibernateErrorsEndTheTransaction() {
        AtomicReference<RuntimeException> duplicate = new AtomicReference<>();
        Throwable thrown = catchThrowable(() -> transactions.inTransaction(tx -> {
            tx.jobs().add("weekly report");
            try {
                tx.inSavepoint(part -> part.jobs().add("nightly backup")); // already queued: unique violation
            } catch (RuntimeException refused) {
                duplicate.set(refused); // the savepoint undid the insert; Hibernate still holds the transaction lost
            }
            return tx.jobs().add("monthly invoice");
        }));

        assertThat(DriverErrors.sqlState(duplicate.get())).as("the second nightly backup: a unique violation")
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("rollback-only");
        assertThat(Bank.payloads(db)).containsExactly("nightly backup");
    }
    // end::failed-statement[]

    @Test
    @DisplayName("optimistic: the household's version is bumped at commit, after the account, with the version read in the WHERE")
    void optimisticSql(SqlLog sql) {
        transactions.inTransaction(tx -> {
            Household household = tx.households().find(couple.household());
            household.withdraw(couple.first(), 10);
            tx.households().saveIfUnchanged(household);
            return null;
        });

        List<SentStatement> sent = sql.statements();
        assertThat(sent).extracting(SentStatement::sql).containsExactly(sent.get(0).sql(),
                "update account set balance=?,holder=?,household_id=? where id=?",
                "update household set version=? where id=? and version=?",
                "commit");
        assertThat(sent.get(2).parameterSets()).containsExactly(List.of(1L, couple.household(), 0L));
    }

    // tag::lock-timeout[]
    @Test
    @DisplayName("a lock timeout of 500 ms: SET LOCAL lock_timeout around FOR NO KEY UPDATE on PostgreSQL, FOR UPDATE WAIT 1 elsewhere")
    void lockTimeoutSql(SqlLog sql) {
        transactions.inTransaction(tx -> tx.households().findAndLock(couple.household(), Duration.ofMillis(500)));

        List<String> sent = sql.statements().stream().map(SentStatement::sql).toList();
        switch (db.target()) {
            case POSTGRES -> assertThat(sent).contains("set local lock_timeout = 500")
                    .anySatisfy(statement -> assertThat(statement).endsWith("order by a1_0.id for no key update of a1_0"));
            // Hibernate counts the wait in whole seconds for both: 500 ms becomes 1 s.
            case MARIADB, H2 -> assertThat(sent.get(0)).endsWith("order by a1_0.id for update wait 1");
        }
    }
    // end::lock-timeout[]
}

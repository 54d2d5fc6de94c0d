package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.mybatis.MyBatisSetup;
import dev.dbpatterns.transactions.mybatis.MyBatisTransactions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MyBatis sends what the mapper says and nothing else, so what happens next is the database's
 * own behaviour, and it differs: after a failed statement, for a read-only transaction, and in
 * how a lock timeout is written.
 */
@DatabaseTest
@DisplayName("MyBatis: each database's own answer to a failed statement, a read-only transaction and a lock timeout")
class MyBatisTransactionsLesson {
    private LessonDatabase db;
    private Transactions transactions;
    private Bank.Couple couple;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.transactions = new MyBatisTransactions(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        this.couple = Bank.reopen(db, 100, 50);
        transactions.inTransaction(tx -> tx.jobs().add("nightly backup"));
    }

    // tag::failed-statement[]
    @Test
    @DisplayName("after a failed statement PostgreSQL refuses the rest of the transaction (25P02); MariaDB and H2 carry on")
    void failedStatementWithoutSavepoint() {
        AtomicReference<RuntimeException> duplicate = new AtomicReference<>();
        Throwable thrown = catchThrowable(() -> transactions.inTransaction(tx -> {
            tx.jobs().add("weekly report");
            try {
                tx.jobs().add("nightly backup"); // already queued: unique violation
            } catch (RuntimeException refused) {
                duplicate.set(refused); // carry on without it
            }
            return tx.jobs().add("monthly invoice");
        }));

        assertThat(DriverErrors.sqlState(duplicate.get())).as("the second nightly backup: a unique violation")
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));

        if (db.target() == DatabaseTarget.POSTGRES) {
            assertThat(DriverErrors.sqlState(thrown)).as("current transaction is aborted").isEqualTo("25P02");
            assertThat(Bank.payloads(db)).containsExactly("nightly backup");
        } else {
            assertThat(thrown).isNull();
            assertThat(Bank.payloads(db)).containsExactly("nightly backup", "weekly report", "monthly invoice");
        }
    }

    @Test
    @DisplayName("with a savepoint around the statement that may fail, PostgreSQL carries on too")
    void failedStatementInSavepoint() {
        AtomicReference<RuntimeException> duplicate = new AtomicReference<>();
        transactions.inTransaction(tx -> {
            tx.jobs().add("weekly report");
            try {
                tx.inSavepoint(part -> part.jobs().add("nightly backup"));
            } catch (RuntimeException refused) {
                duplicate.set(refused); // rolled back to the savepoint: the transaction is healthy again
            }
            return tx.jobs().add("monthly invoice");
        });

        assertThat(DriverErrors.sqlState(duplicate.get())).as("the second nightly backup: a unique violation")
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        assertThat(Bank.payloads(db)).containsExactly("nightly backup", "weekly report", "monthly invoice");
    }
    // end::failed-statement[]

    // tag::read-only[]
    @Test
    @DisplayName("read-only: PostgreSQL and MariaDB refuse the UPDATE (25006); H2 runs it, and the rollback undoes it")
    void readOnly(SqlLog sql) {
        Throwable thrown = catchThrowable(() -> transactions.inTransaction(TransactionOptions.readOnlyTransaction(), tx -> {
            Household household = tx.households().find(couple.household());
            household.deposit(couple.first(), 10);
            tx.households().save(household);
            return null;
        }));

        if (db.target() == DatabaseTarget.H2) {
            assertThat(thrown).as("H2 takes read-only as a hint").isNull();
        } else {
            assertThat(DriverErrors.sqlState(thrown)).isEqualTo("25006");
        }
        sql.expect().updates(1).commits(0).rollbacks(1);
        assertThat(Bank.balance(db, couple.first())).isEqualTo(100);
    }
    // end::read-only[]

    @Test
    @DisplayName("optimistic: the version is checked and bumped first, then the changed account is written")
    void optimisticSql(SqlLog sql) {
        transactions.inTransaction(tx -> {
            Household household = tx.households().find(couple.household());
            household.withdraw(couple.first(), 10);
            tx.households().saveIfUnchanged(household);
            return null;
        });

        List<String> sent = sql.statements().stream().map(SentStatement::sql).toList();
        assertThat(sent.get(0)).as("the find").startsWith("select h.id, h.name, h.version");
        assertThat(sent.subList(1, sent.size())).containsExactly(
                "update household set version = version + 1 where id = ? and version = ?",
                "update account set balance = ? where id = ?",
                "commit");
        assertThat(Bank.version(db, couple.household())).isEqualTo(1);
    }

    // tag::lock-timeout[]
    @Test
    @DisplayName("a lock timeout of 500 ms: set_config on PostgreSQL, FOR UPDATE WAIT 1 on MariaDB (whole seconds), WAIT 0.5 on H2")
    void lockTimeoutSql(SqlLog sql) {
        transactions.inTransaction(tx -> tx.households().findAndLock(couple.household(), Duration.ofMillis(500)));

        List<String> sent = sql.statements().stream().map(SentStatement::sql).toList();
        switch (db.target()) {
            case POSTGRES -> {
                assertThat(sent.get(0)).isEqualTo("select set_config('lock_timeout', ?, true)");
                assertThat(sql.statements().get(0).parameterSets()).containsExactly(List.of("500ms"));
                assertThat(sent.get(1)).endsWith("order by id for update");
            }
            case MARIADB -> assertThat(sent.get(0)).endsWith("order by id for update wait 1");
            case H2 -> assertThat(sent.get(0)).endsWith("order by id for update wait 0.5");
        }
    }
    // end::lock-timeout[]
}

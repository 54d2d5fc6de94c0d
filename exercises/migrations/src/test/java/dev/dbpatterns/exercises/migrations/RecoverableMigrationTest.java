package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.migrations.domain.DdlTransactions;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import java.time.LocalDate;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * V6 meets data it cannot take (two members share an e-mail address) and fails half-way. What it leaves
 * behind differs by database, as DdlTransactions says; on every one, once the data is fixed, repair() and
 * migrate() must finish the job.
 */
@DatabaseTest(migrate = false)
@Tag("task-3")
@DisplayName("Task 3 · V6 fails half-way, and recovers on every database")
class RecoverableMigrationTest {
    /** Up to the given V7: V6 and whatever you split from it. */
    private static final String AFTER_V6 = "7";

    private LessonDatabase db;
    private long ada;
    private long byron;

    @BeforeEach
    void twoMembersShareAnAddress(LessonDatabase db) {
        this.db = db;
        Schema.freshAt(db, "1");
        ada = db.insert("insert into member (name, email) values (?, ?)", "Ada Lovelace", "ada@example.org");
        db.insert("insert into member (name, email) values (?, ?)", "Alan Turing", "alan@example.org");
        byron = db.insert("insert into member (name, email) values (?, ?)", "Ada Byron", "ada@example.org");
        Schema.migrateTo(db, "5");
    }

    @Test
    @DisplayName("the first run fails; the failed history row is there or not as DdlTransactions says; fixed data, repair() and migrate() finish it")
    void recoversAfterFailingHalfWay() {
        Flyway flyway = Schema.flyway(db);
        Throwable first = Thrown.by(() -> migrate(flyway));
        assertThat(first).as("migrating to V" + AFTER_V6 + " while two members share ada@example.org: V6 must fail on"
                + " its unique e-mail. Keep every change V6 makes, the constraint member_email_unique too").isNotNull();

        String product = Schema.productName(db);
        boolean rollsBack = DdlTransactions.rollsBackAFailedMigration(product);
        long failedRows = Arrays.stream(flyway.info().all()).filter(info -> info.getState() == MigrationState.FAILED).count();
        assertThat(failedRows).as("failed rows in Flyway's history on " + product + " after the failure, where"
                + " DdlTransactions says a failed migration " + (rollsBack ? "rolls back, history row and all"
                : "leaves its work and a failed row behind") + ". Flyway said: " + Schema.reason(first))
                .isEqualTo(rollsBack ? 0 : 1);

        db.update("delete from member where id = ?", byron);
        Throwable again = Thrown.by(() -> {
            flyway.repair();
            migrate(flyway);
        });
        assertThat(again).as("on " + product + ", with the data fixed, repair() then migrate(): the first run "
                + (rollsBack ? "left nothing" : "left the statements before the failure in place, so running V6 again"
                + " meets what it created itself. Split V6 so the statement that can fail is alone in its migration"
                + " (V6_1), or make each statement idempotent (if not exists)")
                + ". Flyway said: " + (again == null ? "" : Schema.reason(again))).isNull();
        theLoansAndTheUniqueAddressAreThere(flyway);
    }

    @Test
    @DisplayName("on data it can take, V6 runs in one go and makes both changes")
    void cleanDataMigratesInOneGo() {
        db.update("delete from member where id = ?", byron);
        Flyway flyway = Schema.flyway(db);
        Throwable failed = Thrown.by(() -> migrate(flyway));
        assertThat(failed).as("migrating to V" + AFTER_V6 + " with no shared address. Flyway said: "
                + (failed == null ? "" : Schema.reason(failed))).isNull();
        theLoansAndTheUniqueAddressAreThere(flyway);
    }

    private void theLoansAndTheUniqueAddressAreThere(Flyway flyway) {
        assertThat(Arrays.stream(flyway.info().applied()).map(info -> info.getState()).distinct())
                .as("states of the applied migrations").containsOnly(MigrationState.SUCCESS);
        assertThat(Schema.columns(db, "loan")).as("the loan table's columns (true: accepts NULL)")
                .containsOnlyKeys("id", "member_id", "isbn", "due_on");
        db.insert("insert into loan (member_id, isbn, due_on) values (?, ?, ?)", ada, "978-0441013593", LocalDate.of(2026, 12, 24));
        assertThat(Thrown.by(() -> db.insert("insert into loan (member_id, isbn, due_on) values (?, ?, ?)",
                byron + 1000, "978-0441013593", LocalDate.of(2026, 12, 24))))
                .as("a loan of a member who does not exist: the foreign key loan_member must refuse it").isNotNull();
        assertThat(Thrown.by(() -> db.insert("insert into member (" + nameColumn() + ", email) values ('Ada Byron',"
                + " 'ada@example.org')"))).as("a second member with ada@example.org: member_email_unique must refuse it").isNotNull();
    }

    /** name, or full_name once task 2's contract step has run. */
    private String nameColumn() {
        return Schema.columns(db, "member").containsKey("name") ? "name" : "full_name";
    }

    private static void migrate(Flyway flyway) {
        Flyway.configure().configuration(flyway.getConfiguration()).target(AFTER_V6).load().migrate();
    }
}

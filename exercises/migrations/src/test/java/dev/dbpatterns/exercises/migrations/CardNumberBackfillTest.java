package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.migrations.domain.CardNumbers;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * V8, your Java migration, numbers 10,000 members' cards: in JDBC batches of 1,000 with bound values, read a
 * batch at a time, committed batch by batch, so that a run that fails half-way keeps its batches and, run
 * again, does only the rest. Flyway runs it on the recorded pool, so the SQL it sent is asserted.
 */
@DatabaseTest(migrate = false)
@Tag("task-4")
@DisplayName("Task 4 · V8: card numbers for 10,000 members, in batches, resumable")
class CardNumberBackfillTest {
    private static final int MEMBERS = 10_000;
    private static final int BATCH = 1_000;

    private LessonDatabase db;

    @BeforeEach
    void tenThousandMembers(LessonDatabase db) {
        this.db = db;
        Schema.freshAt(db, "1");
        String numbers = switch (db.target()) {
            case H2 -> "select x as n from system_range(1, " + MEMBERS + ")";
            case POSTGRES -> "select n from generate_series(1, " + MEMBERS + ") as n";
            case MARIADB -> "select seq as n from seq_1_to_" + MEMBERS;
        };
        db.update("insert into member (name, email) select concat('Member ', n), concat('m', n, '@example.org') from ("
                + numbers + ") numbers order by n");
        Schema.migrateTo(db, "7");
        db.sql().reset();
    }

    @Test
    @DisplayName("every member gets the card number CardNumbers.of(id)")
    void everyMemberGetsItsNumber() {
        backfill();
        assertThat(wronglyNumbered()).as("members whose card_number is not CardNumbers.of(id), at most 5 shown,"
                + " in id order (expected → found)").isEmpty();
    }

    @Test
    @DisplayName("the UPDATEs go in JDBC batches of 1,000 with bound values; the ids are read a batch at a time")
    void inBatchesOfAThousand() {
        backfill();
        List<SentStatement> updates = updates();
        assertThat(updates.stream().filter(update -> !update.isBatched()).count()).as("UPDATEs of member sent one by one,"
                + " not in a JDBC batch: use addBatch() per row and executeBatch() per batch").isZero();
        assertThat(updates.stream().map(SentStatement::executions).toList()).as("the rows of each JDBC batch of UPDATEs,"
                + " in the order sent: " + MEMBERS + " rows in batches of " + BATCH)
                .containsExactly(BATCH, BATCH, BATCH, BATCH, BATCH, BATCH, BATCH, BATCH, BATCH, BATCH);
        assertThat(updates.stream().map(SentStatement::sql).filter(sql -> !sql.contains("?") || sql.contains("LC0")).limit(1))
                .as("the UPDATE's SQL: the card number and the id are bound values (?), never pasted in").isEmpty();
        long reads = db.sql().statements().stream().filter(s -> s.kind() == Kind.SELECT && touchesMember(s)).count();
        assertThat(reads).as("SELECTs of member: one per batch, keyset-paged (where id > ? order by id limit ?), so"
                + " never more than a batch of ids sits in memory; one SELECT of every id does not scale to millions")
                .isGreaterThanOrEqualTo(MEMBERS / BATCH);
    }

    @Test
    @DisplayName("a run that fails half-way keeps its committed batches; run again, it does only the rest")
    void resumesAfterFailingHalfWay() {
        long poisoned = db.queryForList(Long.class, "select id from member order by id").get(MEMBERS / 2 + BATCH / 2 - 1);
        // A check that refuses one row's number, in the sixth batch: the run fails there, as a real one might.
        String address = db.queryForList(String.class, "select email from member where id = ?", poisoned).get(0);
        // (By address: MariaDB allows no auto_increment column in a CHECK.)
        db.update("alter table member add constraint card_refused check (email <> '" + address + "' or card_number is null)");
        Flyway flyway = Schema.flyway(db, db.dataSource());
        Throwable failed = Thrown.by(flyway::migrate);
        assertThat(failed).as("V8 with a row the database refuses (id " + poisoned + "): the migration must fail").isNotNull();

        long done = db.queryForLong("select count(*) from member where card_number is not null");
        assertThat(done).as("members numbered when the run failed in its sixth batch: the five batches before, each"
                + " committed whole, and nothing of the sixth. 0: it all ran in one transaction, which the failure rolled"
                + " back; let V8 run outside Flyway's transaction (canExecuteInTransaction() false) and commit each batch."
                + " More: rows of the failing batch were committed, one by one in auto-commit, or by restoring auto-commit"
                + " after the failure; setAutoCommit(false), and roll back before rethrowing")
                .isEqualTo(5L * BATCH);
        Set<Long> numbered = new HashSet<>(db.queryForList(Long.class, "select id from member where card_number is not null"));

        db.update("alter table member drop constraint card_refused");
        db.sql().reset();
        Throwable again = Thrown.by(() -> {
            flyway.repair();
            flyway.migrate();
        });
        assertThat(again).as("repair() and migrate() once the refused row is allowed. Flyway said: "
                + (again == null ? "" : Schema.reason(again))).isNull();
        List<Long> redone = updates().stream().flatMap(update -> update.parameterSets().stream())
                .flatMap(List::stream).filter(value -> value instanceof Number).map(value -> ((Number) value).longValue())
                .filter(numbered::contains).limit(3).toList();
        assertThat(redone).as("ids numbered by the failed run and updated again by the second (at most 3 shown): only"
                + " members still without a card number are read, so a second run does only the rest").isEmpty();
        assertThat(updates().stream().mapToInt(SentStatement::executions).sum()).as("rows updated by the second run")
                .isEqualTo(MEMBERS - numbered.size());
        assertThat(wronglyNumbered()).as("members whose card_number is not CardNumbers.of(id) after the second run")
                .isEmpty();
    }

    private void backfill() {
        Throwable failed = Thrown.by(() -> Schema.flyway(db, db.dataSource()).migrate());
        assertThat(failed).as("migrating to V8. Flyway said: " + (failed == null ? "" : Schema.reason(failed))).isNull();
    }

    private List<SentStatement> updates() {
        return db.sql().statements().stream().filter(s -> s.kind() == Kind.UPDATE && touchesMember(s)).toList();
    }

    private static boolean touchesMember(SentStatement statement) {
        return statement.sql().toLowerCase(Locale.ROOT).matches(".*\\b(update|from)\\s+member\\b.*");
    }

    /** "id: expected → found" for the first few wrong rows, in id order. */
    private List<String> wronglyNumbered() {
        List<Long> ids = db.queryForList(Long.class, "select id from member order by id");
        List<String> numbers = db.queryForList(String.class, "select card_number from member order by id");
        return IntStream.range(0, ids.size())
                .filter(i -> !CardNumbers.of(ids.get(i)).equals(numbers.get(i)))
                .limit(5).mapToObj(i -> ids.get(i) + ": " + CardNumbers.of(ids.get(i)) + " → " + numbers.get(i)).toList();
    }
}

package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A data migration on a large table: one UPDATE of every row would hold every row's lock (and,
 * on PostgreSQL, a new version of every row) until it ends, and start again from nothing after a
 * failure. A Java migration does it in batches: it reads the next rows still without a name, by
 * id, writes them in one JDBC batch, and commits; it holds one batch in memory, and after a
 * failure it goes on where it stopped, because "still without a name" is in the data, not in
 * the migration. Within a run each read starts after the last id it saw, so the rows already
 * named are not passed over again by every batch.
 */
@DatabaseTest(migrate = false)
@DisplayName("A Java migration backfills in committed batches, holds one batch at a time, and resumes after failing half-way")
class BatchedBackfillLesson {
    private static final int BOOKS = 100_000;
    private static final int BATCH = 1_000;
    private static final int HALF_WAY = BOOKS / BATCH / 2;
    /** Any read of the books, whatever its text: each must be bounded, or the migration could hold them all. */
    private static final Pattern READS_BOOKS = Pattern.compile("(?i)^select .* from book\\b.*");

    private LessonDatabase db;

    // tag::backfill[]
    /** Gives every book a name, its title, a batch at a time; told to, it stops half-way, as a deploy or a lost connection would. */
    static final class V4__Backfill_book_name extends BaseJavaMigration {
        private final int stopAfterBatches;

        V4__Backfill_book_name(int stopAfterBatches) {
            this.stopAfterBatches = stopAfterBatches;
        }

        /** Outside Flyway's transaction: each batch commits on its own, so a failure keeps the batches before it. */
        @Override
        public boolean canExecuteInTransaction() {
            return false;
        }

        @Override
        public void migrate(Context context) throws Exception {
            Connection connection = context.getConnection();
            // One transaction per batch, not per row: in auto-commit MariaDB would flush its log for each row.
            connection.setAutoCommit(false);
            try {
                backfill(connection);
            } finally {
                connection.setAutoCommit(true);
            }
        }

        private void backfill(Connection connection) throws Exception {
            long after = 0; // the last id seen: each read goes on from there instead of passing over the named rows again
            for (int batches = 0; ; batches++) {
                try (PreparedStatement next = connection.prepareStatement(
                        "select id, title from book where id > ? and name is null order by id limit ?");
                     PreparedStatement name = connection.prepareStatement("update book set name = ? where id = ?")) {
                    next.setLong(1, after);
                    next.setInt(2, BATCH);
                    int rows = 0;
                    try (ResultSet book = next.executeQuery()) {
                        for (; book.next(); rows++) {
                            after = book.getLong(1);
                            name.setString(1, book.getString(2));
                            name.setLong(2, after);
                            name.addBatch();
                        }
                    }
                    if (rows == 0) {
                        connection.commit(); // the last, empty read
                        return;
                    }
                    if (batches == stopAfterBatches) {
                        connection.rollback();
                        throw new IllegalStateException("the backfill stopped after " + batches + " batches");
                    }
                    name.executeBatch();
                    connection.commit();
                }
            }
        }
    }
    // end::backfill[]

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.module(db, "backfill").load().migrate();
        db.update(switch (db.target()) {
            case H2 -> "insert into book (isbn, title) select 'isbn-' || x, 'Title ' || x from system_range(1, " + BOOKS + ")";
            case POSTGRES -> "insert into book (isbn, title) select 'isbn-' || x, 'Title ' || x from generate_series(1, " + BOOKS + ") x";
            case MARIADB -> "insert into book (isbn, title) select concat('isbn-', seq), concat('Title ', seq) from seq_1_to_" + BOOKS;
        });
    }

    /** On the class's recorded pool, so the SQL log shows what the migration sent. */
    private Flyway backfill(int stopAfterBatches) {
        return LessonFlyway.module(db, "backfill").dataSource(db.dataSource())
                .javaMigrations(new V4__Backfill_book_name(stopAfterBatches)).load();
    }

    private List<SentStatement> nameBatches() {
        return db.sql().statements().stream()
                .filter(statement -> statement.isBatched() && statement.sql().startsWith("update book set name")).toList();
    }

    private List<SentStatement> bookReads() {
        return db.sql().statements().stream().filter(statement -> READS_BOOKS.matcher(statement.sql()).matches()).toList();
    }

    // tag::bounded[]
    @Test
    @DisplayName("100,000 books: 100 batched UPDATEs of 1,000 rows in the SQL log, each after a read bounded by LIMIT 1,000; every book has its name")
    void inBatches() {
        backfill(-1).migrate();

        assertThat(nameBatches()).hasSize(BOOKS / BATCH).allSatisfy(batch -> assertThat(batch.executions()).isEqualTo(BATCH));
        // The memory bound: no read can return more than a batch. One read per batch, and the last one finds none left.
        assertThat(bookReads()).hasSize(BOOKS / BATCH + 1).allSatisfy(read -> {
            assertThat(read.sql()).endsWith(" limit ?");
            assertThat(read.parameterSets()).singleElement().satisfies(bound -> assertThat(bound).last().isEqualTo(BATCH));
        });
        assertThat(db.queryForLong("select count(*) from book where name = title")).isEqualTo(BOOKS);
    }
    // end::bounded[]

    @Test
    @DisplayName("stopped half-way, after 50 batches: 50,000 named; V4 pending (PostgreSQL) or failed until repair() (MariaDB, H2); the next run sends the 50 batches left")
    void resumesAfterFailure() throws Exception {
        Throwable stopped = catchThrowable(() -> backfill(HALF_WAY).migrate());
        assertThat(stopped).isInstanceOf(FlywayException.class);
        assertThat(db.queryForLong("select count(*) from book where name is not null")).isEqualTo((long) HALF_WAY * BATCH);
        Flyway resumed = backfill(-1);
        switch (db.target()) {
            // Flyway writes no failed row on PostgreSQL, even for a migration it ran outside a transaction: V4 is pending again.
            case POSTGRES -> assertThat(History.of(db)).extracting(History::toString).last().isEqualTo("3 SQL ok");
            case MARIADB, H2 -> {
                assertThat(History.of(db)).extracting(History::toString).last().isEqualTo("4 JDBC failed");
                resumed.repair();
            }
        }
        db.sql().reset();
        resumed.migrate();

        assertThat(nameBatches()).as("batches sent by the resumed run").hasSize(BOOKS / BATCH - HALF_WAY);
        assertThat(db.queryForLong("select count(*) from book where name = title")).isEqualTo(BOOKS);
        assertThat(History.of(db)).extracting(History::toString).last().isEqualTo("4 JDBC ok");
    }
}

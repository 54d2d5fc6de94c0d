package dev.dbpatterns.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks each benchmark runs before it measures: every style's operation passes its own, and
 * a wrong operation fails it, so a benchmark cannot quietly measure the wrong thing.
 */
class OperationChecksTest {
    /** Two batches: enough to prove the check, a fifth of the benchmark's 10,000 rows, so every database takes seconds. */
    private static final int ROWS = 2 * PoolSettings.BATCH_SIZE;

    static Stream<String> databases() {
        return Databases.selected().stream();
    }

    static Stream<Arguments> lookups() {
        return styles(Lookups.STYLES);
    }

    static Stream<Arguments> inserts() {
        return styles(Inserts.STYLES);
    }

    static Stream<Arguments> fetches() {
        return styles(Fetches.STYLES);
    }

    static Stream<Arguments> bursts() {
        return styles(ConcurrentLookups.STYLES);
    }

    static Stream<Arguments> borrows() {
        return styles(Borrows.STYLES);
    }

    private static Stream<Arguments> styles(String[] styles) {
        return databases().flatMap(db -> Arrays.stream(styles).map(style -> Arguments.of(db, style)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("lookups")
    @DisplayName("A lookup by primary key sends exactly one SELECT, in every style")
    void lookupSendsOneSelect(String db, String style) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            try (Lookups.AuthorLookup lookup = Lookups.open(style, sent.counting(database.pool(1)))) {
                Lookups.check(lookup, sent);
            }
            assertThat(sent.count("select")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("A lookup that sends a second SELECT, or reads the wrong author, fails the check")
    void wrongLookupFails(String db) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            try (Lookups.AuthorLookup raw = Lookups.open("rawJdbc", sent.counting(database.pool(1)))) {
                Lookups.AuthorLookup twice = id -> {
                    raw.nameOf(id);
                    return raw.nameOf(id);
                };
                assertThatThrownBy(() -> Lookups.check(twice, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("exactly one SELECT");
                Lookups.AuthorLookup offByOne = id -> raw.nameOf(id + 1);
                assertThatThrownBy(() -> Lookups.check(offByOne, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("\"Author 7\"");
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("inserts")
    @DisplayName("A batch insert adds its rows, batched as the style promises")
    void insertAddsItsRows(String db, String style) throws Exception {
        try (BenchDatabase database = Databases.open(db, true)) {
            SentSql sent = new SentSql();
            try (Inserts.ItemInsert insert = Inserts.open(style, sent.counting(database.pool(1)))) {
                Inserts.check(style, insert, database, sent, ROWS);
            }
            assertThat(Schema.count(database, Inserts.table(style))).isEqualTo(ROWS);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("Row-by-row inserts checked as a JDBC batch, or one row short, fail the check")
    void wrongInsertFails(String db) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            DataSource counted = sent.counting(database.pool(1));
            try (Inserts.ItemInsert rowByRow = Inserts.open("rowByRow", counted);
                 Inserts.ItemInsert batch = Inserts.open("jdbcBatch", counted)) {
                assertThatThrownBy(() -> Inserts.check("jdbcBatch", rowByRow, database, sent, ROWS))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("JDBC batches");
                Inserts.ItemInsert oneShort = rows -> batch.insert(rows - 1);
                assertThatThrownBy(() -> Inserts.check("jdbcBatch", oneShort, database, sent, ROWS))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("must add " + ROWS + " rows");
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("fetches")
    @DisplayName("100 authors with their books arrive in as many SELECTs as the fetch plan says")
    void fetchPlanSendsItsSelects(String db, String style) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            try (Fetches.AuthorsWithBooks fetch = Fetches.open(style, sent.counting(database.pool(1)))) {
                Fetches.check(style, fetch, sent);
            }
            assertThat(sent.count("select")).isEqualTo(Fetches.expectedSelects(style));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("Lazy loading checked as batch fetching fails the check: it sends 101 SELECTs, not 2")
    void nPlusOneCheckedAsBatchFetchFails(String db) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            try (Fetches.AuthorsWithBooks lazy = Fetches.open("hibernateNPlusOne", sent.counting(database.pool(1)))) {
                assertThatThrownBy(() -> Fetches.check("hibernateBatchFetch", lazy, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("must send 2 SELECTs");
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("borrows")
    @DisplayName("A pool hands the same server session to two borrows; a new connection opens a new one")
    void borrowReusesSessions(String db, String style) throws Exception {
        try (BenchDatabase database = Databases.open(db, false);
             Borrows.ConnectionSource source = Borrows.open(style, database)) {
            Borrows.check(Borrows.isPooled(style), source, database, new SentSql());
            assertThatThrownBy(() -> Borrows.check(!Borrows.isPooled(style), source, database, new SentSql()))
                    .isInstanceOf(SentSql.WrongOperation.class);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("The mixed workload sends four SELECTs and one UPDATE; one more SELECT fails the check")
    void mixedWorkloadSendsFiveStatements(String db) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            DataSource counted = sent.counting(database.pool(2));
            MixedWorkload.check(() -> MixedWorkload.run(counted, ThreadLocalRandom.current()), sent);
            assertThat(sent.total()).isEqualTo(MixedWorkload.READS + 1);
            try (Lookups.AuthorLookup lookup = Lookups.open("rawJdbc", counted)) {
                MixedWorkload.Unit withExtraSelect = () -> {
                    MixedWorkload.run(counted, ThreadLocalRandom.current());
                    lookup.nameOf(1);
                };
                assertThatThrownBy(() -> MixedWorkload.check(withExtraSelect, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("4 SELECTs");
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("bursts")
    @DisplayName("1,000 lookups at once on a pool of 10 read their authors, a new thread each, one SELECT each")
    void burstPassesItsCheck(String db, String style) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            try (ConcurrentLookups.Burst burst = ConcurrentLookups.open(style, sent.counting(database.pool(PoolSettings.CONCURRENT_POOL_SIZE)))) {
                ConcurrentLookups.check(style, burst, sent);
            }
            assertThat(sent.count("select")).isEqualTo(PoolSettings.CONCURRENT_LOOKUPS);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("Platform threads checked as virtual ones, or a second SELECT per lookup, fail the check")
    void wrongBurstFails(String db) throws Exception {
        try (BenchDatabase database = Databases.open(db, false)) {
            SentSql sent = new SentSql();
            DataSource counted = sent.counting(database.pool(PoolSettings.CONCURRENT_POOL_SIZE));
            try (ConcurrentLookups.Burst platform = ConcurrentLookups.open("hibernatePlatform", counted);
                 ConcurrentLookups.Burst virtual = ConcurrentLookups.open("rawJdbcVirtual", counted)) {
                assertThatThrownBy(() -> ConcurrentLookups.check("hibernateVirtual", platform, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("new virtual thread of its own");
                ConcurrentLookups.Burst twice = () -> {
                    virtual.run();
                    return virtual.run();
                };
                assertThatThrownBy(() -> ConcurrentLookups.check("rawJdbcVirtual", twice, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("1000 SELECTs, one per lookup");
            }
        }
    }
}

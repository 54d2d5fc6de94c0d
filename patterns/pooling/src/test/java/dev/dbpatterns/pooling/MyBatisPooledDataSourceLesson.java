package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MyBatis's own pool, {@code PooledDataSource}, treats a connection held too long as abandoned:
 * the next borrower who finds the pool full takes it from its holder once it has been out longer
 * than {@code poolMaximumCheckoutTime}, rolling back whatever the holder had not committed.
 * HikariCP never takes a connection back; the next borrower waits and then gives up. Both are
 * shown with three borrowers and two connections, one after another on one thread: the pools'
 * own clocks decide, so nothing here waits for a while. And a connection killed on the server is
 * lent as it is unless the pool pings it ({@code poolPingEnabled}, off by default).
 */
@DatabaseTest
@DisplayName("MyBatis: its own pool, PooledDataSource, beside HikariCP")
class MyBatisPooledDataSourceLesson {
    private static final int CHECKOUT_MILLIS = 1_000;

    private LessonDatabase db;
    private SessionStatements sql;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sql = SessionStatements.on(db.target());
    }

    // tag::pooled-data-source-settings[]
    private PooledDataSource mybatisPool() throws SQLException {
        PooledDataSource pool = LessonPools.mybatis(db);
        pool.setPoolMaximumActiveConnections(2);
        pool.setPoolMaximumCheckoutTime(CHECKOUT_MILLIS); // default 20 s
        pool.setPoolTimeToWait(100);                       // how often a waiting borrower looks again; default 20 s
        return pool;
    }
    // end::pooled-data-source-settings[]

    private static String one(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void insertConcert(Connection connection, String title) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into concert (title, seats_left) values (?, 10)")) {
            insert.setString(1, title);
            insert.executeUpdate();
        }
    }

    // tag::reclaim[]
    @Test
    @DisplayName("PooledDataSource: the third borrower takes alice's connection once it is out longer than poolMaximumCheckoutTime; her work is rolled back and her connection is dead")
    void overdueConnectionIsReclaimed() throws SQLException {
        PooledDataSource pool = mybatisPool();
        try {
            long aliceBorrowed = System.nanoTime();
            Connection alice = pool.getConnection();
            String aliceSession = one(alice, sql.sessionId());
            insertConcert(alice, "alice's, never committed");
            Connection bob = pool.getConnection();

            Connection carol = pool.getConnection(); // the pool is full: carol waits for the oldest to be overdue
            Duration aliceHeld = Duration.ofNanos(System.nanoTime() - aliceBorrowed);

            assertThat(aliceHeld).as("how long alice had her connection").isGreaterThanOrEqualTo(Duration.ofMillis(CHECKOUT_MILLIS - 20));
            assertThat(one(carol, sql.sessionId())).as("carol's server session").isEqualTo(aliceSession);
            assertThat(db.rowCount("concert")).as("alice's insert, after the pool rolled it back").isZero();
            assertThatThrownBy(alice::createStatement).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Connection is invalid");
            assertThat(pool.getPoolState().getClaimedOverdueConnectionCount()).isEqualTo(1);
            carol.close();
            bob.close();
            alice.close();
        } finally {
            pool.forceCloseAll();
        }
    }
    // end::reclaim[]

    // tag::hikari-waits[]
    @Test
    @DisplayName("HikariCP: the third borrower waits connectionTimeout and fails; alice keeps her connection and commits her work")
    void hikariNeverTakesBack() throws SQLException {
        HikariConfig config = LessonPools.hikari(db, 2);
        config.setConnectionTimeout(CHECKOUT_MILLIS);
        try (HikariDataSource pool = new HikariDataSource(config);
             Connection alice = pool.getConnection();
             Connection bob = pool.getConnection()) {
            insertConcert(alice, "alice's");
            assertThat(one(bob, sql.sessionId())).as("bob's session").isNotEqualTo(one(alice, sql.sessionId()));

            Throwable carol = catchThrowable(pool::getConnection);

            assertThat(carol).isInstanceOf(SQLTransientConnectionException.class);
            alice.commit();
            assertThat(db.rowCount("concert")).as("alice's insert, committed").isEqualTo(1);
        }
    }
    // end::hikari-waits[]

    // tag::ping[]
    @Test
    @DisplayName("PooledDataSource without ping lends a connection killed while idle, and the borrower's statement fails (not on H2: its session knows)")
    void withoutPingADeadConnectionIsLent() throws Exception {
        PooledDataSource pool = mybatisPool();
        try {
            long first = killedWhileIdle(pool);
            Connection bob = pool.getConnection();
            if (db.target() == DatabaseTarget.H2) {
                // In-process, H2's connection is closed with its session: isClosed(), MyBatis's only check, says so.
                assertThat(one(bob, sql.sessionId())).as("bob's session").isNotEqualTo(String.valueOf(first));
            } else {
                // A network connection learns it is dead only when it next talks to the server.
                assertThatThrownBy(() -> one(bob, sql.sessionId())).isInstanceOf(SQLException.class);
            }
            bob.close();
        } finally {
            pool.forceCloseAll();
        }
    }

    @Test
    @DisplayName("PooledDataSource with poolPingEnabled: the ping finds the killed connection dead, and the borrower gets a new one")
    void pingReplacesADeadConnection() throws Exception {
        PooledDataSource pool = mybatisPool();
        pool.setPoolPingEnabled(true);
        pool.setPoolPingQuery("select 1");              // the default is a placeholder that fails
        pool.setPoolPingConnectionsNotUsedFor(0);       // ping every connection idle for more than 0 ms
        try (LogCapture log = LogCapture.of(PooledDataSource.class)) {
            long first = killedWhileIdle(pool);
            try (Connection bob = pool.getConnection()) {
                assertThat(one(bob, sql.sessionId())).as("bob's session").isNotEqualTo(String.valueOf(first));
            }
            assertThat(pool.getPoolState().getBadConnectionCount()).as("connections the pool found bad").isEqualTo(1);
            if (db.target().isServer()) { // H2's connection already says it is closed, so no ping is sent
                assertThat(log.messages()).anySatisfy(warning -> assertThat(warning).contains("Execution of ping query 'select 1' failed"));
            }
        } finally {
            pool.forceCloseAll();
        }
    }
    // end::ping[]

    /** Borrows a connection, gives it back, and has the server end its session; its id. */
    private long killedWhileIdle(PooledDataSource pool) throws Exception {
        long session;
        try (Connection alice = pool.getConnection()) {
            session = Long.parseLong(one(alice, sql.sessionId()));
        }
        ServerKill.kill(db, session);
        return session;
    }
}

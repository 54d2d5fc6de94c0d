package dev.dbpatterns.pooling;

import static dev.dbpatterns.kit.lesson.DatabaseTarget.H2;
import static dev.dbpatterns.kit.lesson.DatabaseTarget.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.ProxyConnection;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pooled connection dies on the server (SQLAlchemy's pool_pre_ping is about this). HikariCP
 * checks a connection as it lends it, unless the connection was used less than 500 ms before
 * (its aliveBypassWindowMs): a pool lending in a busy loop does not pay a round trip each time.
 * A connection that dies in a borrower's hands fails that borrower, and the pool drops it if the
 * SQLState says the connection is gone. What each database says differs, so the steps assert
 * per database. Nothing waits to order steps; the one wait is for the bypass window to pass,
 * the pool's own rule, which only a shorter wait could make fail.
 */
@DatabaseTest(migrate = false)
@DisplayName("HikariCP: a connection killed on the server")
class DeadConnectionLesson {
    /** HikariCP's com.zaxxer.hikari.aliveBypassWindowMs, unchanged. */
    private static final Duration ALIVE_BYPASS_WINDOW = Duration.ofMillis(500);
    /** Where HikariCP says a connection failed its check (PoolBase, not public). */
    private static final String VALIDATION_LOG = "com.zaxxer.hikari.pool.PoolBase";

    private LessonDatabase db;
    private SessionStatements sql;
    private HikariDataSource pool;

    @BeforeEach
    void openPoolOfOne(LessonDatabase db) {
        this.db = db;
        this.sql = SessionStatements.on(db.target());
        HikariConfig config = LessonPools.hikari(db, 1);
        config.setPoolName("one-connection");
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    private long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql.sessionId())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until HikariCP will check the connection again before lending it. */
    private static void waitOutAliveBypassWindow(long lastUsed) throws Exception {
        PoolWatch.until("the connection idle longer than HikariCP's alive-bypass window",
                () -> Duration.ofNanos(System.nanoTime() - lastUsed).compareTo(ALIVE_BYPASS_WINDOW.plusMillis(100)) > 0);
    }

    // tag::idle[]
    @Test
    @DisplayName("killed while idle in the pool: the check on lending finds it dead, and the next borrower gets a new one")
    void killedWhileIdle() throws Exception {
        long first;
        try (Connection alice = pool.getConnection()) {
            first = sessionOf(alice);
        }
        long returned = System.nanoTime();
        ServerKill.kill(db, first);
        // Not an ordering by time: a connection used within the window is lent unchecked, and this step is about the check.
        waitOutAliveBypassWindow(returned);

        try (LogCapture log = LogCapture.of(VALIDATION_LOG); Connection bob = pool.getConnection()) {
            assertThat(sessionOf(bob)).as("bob's server session").isNotEqualTo(first);
            if (db.target().isServer()) { // H2's isValid says false without a word
                assertThat(log.messages()).anySatisfy(warning -> assertThat(warning).contains("Failed to validate connection"));
            }
        }
    }
    // end::idle[]

    // tag::in-use[]
    @Test
    @DisplayName("killed in the borrower's hands: the statement fails; HikariCP drops the connection when it knows the SQLState (not H2's 90121)")
    void killedInUse() throws Exception {
        long first;
        SQLException failure;
        long returned;
        try (LogCapture log = LogCapture.of(ProxyConnection.class)) {
            Connection alice = pool.getConnection();
            first = sessionOf(alice);
            ServerKill.kill(db, first);
            failure = catchThrowableOfType(SQLException.class, () -> sessionOf(alice));
            Throwable closing = catchThrowable(alice::close);
            returned = System.nanoTime();
            switch (db.target()) {
                // 57P01 admin_shutdown, 08000 connection exception: both on HikariCP's list of fatal states.
                case POSTGRES, MARIADB -> {
                    assertThat(failure.getSQLState()).isEqualTo(db.target() == POSTGRES ? "57P01" : "08000");
                    assertThat(log.messages()).anySatisfy(warning -> assertThat(warning)
                            .contains("marked as broken because of SQLSTATE(" + failure.getSQLState() + ")"));
                    assertThat(closing).as("giving the broken connection back").isNull();
                }
                // H2's "database is already closed" is its own code; HikariCP takes the connection back as
                // it is (closing it even fails while HikariCP resets it) and relies on the check on lending.
                case H2 -> {
                    assertThat(failure.getSQLState()).isEqualTo("90121");
                    assertThat(log.messages()).as("HikariCP's word on the connection").isEmpty();
                    assertThat(closing).isInstanceOf(SQLException.class);
                }
            }
        }
        if (db.target() == H2) {
            waitOutAliveBypassWindow(returned); // else bob would be lent the dead connection, unchecked
        }
        try (Connection bob = pool.getConnection()) {
            assertThat(sessionOf(bob)).as("bob's server session").isNotEqualTo(first);
        }
    }
    // end::in-use[]
}

package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import org.opentest4j.AssertionFailedError;

/**
 * A server ends a connection that sits idle too long: MariaDB's wait_timeout (8 hours by default),
 * PostgreSQL's idle_session_timeout (off by default), more often a firewall or a proxy in between.
 * SQLAlchemy's pool_recycle answers it by replacing connections before that; HikariCP has two
 * answers: maxLifetime retires a connection by age, keepaliveTime checks an idle one, which starts
 * the server's idle clock over.
 *
 * <p>To run in seconds rather than hours, the server's timeout is 5 s, set for the pool's own
 * sessions (connectionInitSql; nothing global changes), and the pool's two settings are 1 s. HikariCP
 * refuses both under 30 s when a pool starts (HikariSettingsLesson), so they are set on the running
 * pool, whose setters are meant for tuning and check nothing; they apply to the connections opened
 * after, and the pool opens none before the first borrower (minimumIdle 0). The proportions are
 * production's: 30 minutes against 8 hours. H2 in memory never ends an idle session.
 */
@DatabaseTest(migrate = false)
@DisplayName("HikariCP: a server that ends idle connections (pool_recycle)")
class ServerIdleTimeoutLesson {
    private static final Duration SERVER_IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** maxLifetime or keepaliveTime: well below the server's timeout, so a busy machine cannot reverse the order. */
    private static final Duration POOL_SETTING = Duration.ofSeconds(1);
    /** Where HikariCP checks connections and says why it closed one (PoolBase, not public). */
    private static final String POOL_BASE_LOG = "com.zaxxer.hikari.pool.PoolBase";
    private static final String FAILED_CHECK = "Failed to validate connection";

    private LessonDatabase db;
    private SessionStatements sql;
    private HikariDataSource pool;
    private Connection dba;

    @BeforeEach
    void openPoolOfOne(LessonDatabase db) throws SQLException {
        assumeTrue(db.target().isServer(), "H2 in memory never ends an idle session: the point is a server's timeout");
        this.db = db;
        this.sql = SessionStatements.on(db.target());
        HikariConfig config = LessonPools.hikari(db, 1);
        config.setPoolName("recycled");
        config.setMinimumIdle(0);
        // tag::server-timeout[]
        config.setConnectionInitSql(switch (db.target()) {
            case POSTGRES -> "set idle_session_timeout = '" + SERVER_IDLE_TIMEOUT.toSeconds() + "s'";
            case MARIADB -> "set session wait_timeout = " + SERVER_IDLE_TIMEOUT.toSeconds();
            case H2 -> throw new IllegalStateException("skipped above");
        });
        // end::server-timeout[]
        pool = new HikariDataSource(config);
        dba = db.address().connect();
    }

    @AfterEach
    void closePool() throws SQLException {
        if (pool != null) {
            pool.close();
            dba.close();
        }
    }

    /** Borrows a connection, uses it and gives it back: the server session it was. */
    private long borrowAndGiveBack() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return sessionOf(connection);
        }
    }

    private long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql.sessionId())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void untilGoneFromServer(long session, String why) throws Exception {
        PoolWatch.until("session " + session + " gone from the server (" + why + ")", () -> !ServerKill.isListed(db, dba, session));
    }

    // tag::broken[]
    @Test
    @DisplayName("with HikariCP's defaults the server ends the idle connection first: the check on lending finds it dead")
    void serverEndsItFirst() throws Exception {
        long first = borrowAndGiveBack();
        untilGoneFromServer(first, "its idle timeout");

        try (LogCapture log = LogCapture.of(POOL_BASE_LOG); Connection bob = pool.getConnection()) {
            assertThat(sessionOf(bob)).as("bob's session: a new one").isNotEqualTo(first);
            assertThat(log.messages()).as("HikariCP's warning")
                    .anySatisfy(warning -> assertThat(warning).contains(FAILED_CHECK)
                            .contains("Possibly consider using a shorter maxLifetime value"));
        }
    }
    // end::broken[]

    // tag::max-lifetime[]
    @Test
    @DisplayName("maxLifetime below the server's timeout: the pool retires the connection first, and no borrower meets a dead one")
    void maxLifetimeRetiresItFirst() throws Exception {
        pool.setMaxLifetime(POOL_SETTING.toMillis());

        try (LogCapture log = LogCapture.withDebugOf(POOL_BASE_LOG)) {
            long first = borrowAndGiveBack();
            untilGoneFromServer(first, "retired by the pool");

            try (Connection bob = pool.getConnection()) {
                assertThat(sessionOf(bob)).as("bob's session: a new one").isNotEqualTo(first);
            }
            assertThat(log.messages()).as("HikariCP closed it for its age")
                    .anySatisfy(debug -> assertThat(debug).contains("connection has passed maxLifetime"));
            assertThat(log.messages()).as("no connection failed its check").noneSatisfy(warning ->
                    assertThat(warning).contains(FAILED_CHECK));
        }
    }
    // end::max-lifetime[]

    // tag::keepalive[]
    @Test
    @DisplayName("keepaliveTime below the server's timeout: the pool checks the idle connection, and the server keeps it")
    void keepaliveKeepsItOpen() throws Exception {
        pool.setKeepaliveTime(POOL_SETTING.toMillis());

        try (LogCapture log = LogCapture.of(POOL_BASE_LOG)) {
            long first = borrowAndGiveBack();
            outliveServerTimeout(first);

            try (Connection bob = pool.getConnection()) {
                assertThat(sessionOf(bob)).as("bob's session: the same one, still open").isEqualTo(first);
            }
            assertThat(log.messages()).as("no connection failed its check").noneSatisfy(warning ->
                    assertThat(warning).contains(FAILED_CHECK));
        }
    }
    // end::keepalive[]

    /**
     * Waits until the session has been idle, for its borrowers, twice as long as the server allows,
     * failing as soon as the server ends it. A lower bound, not an ordering: a busy machine only
     * makes the wait longer.
     */
    private void outliveServerTimeout(long session) throws Exception {
        long idleSince = System.nanoTime();
        PoolWatch.until("session " + session + " idle for " + 2 * SERVER_IDLE_TIMEOUT.toSeconds() + " s", () -> {
            if (!ServerKill.isListed(db, dba, session)) {
                throw new AssertionFailedError("the server ended session " + session + " although the pool kept it alive");
            }
            return Duration.ofNanos(System.nanoTime() - idleSince).compareTo(SERVER_IDLE_TIMEOUT.multipliedBy(2)) > 0;
        });
    }
}

package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pooled connection is one server session lent to one borrower after another, and the session
 * keeps what the last borrower did to it. HikariCP puts back what it saw change through JDBC
 * (auto-commit, isolation, read-only; catalog and schema only when it was configured with them)
 * and rolls back work left uncommitted; what was changed by SQL it never saw. A pool of one makes the second borrower get
 * the first one's session, which the first step proves on the server.
 */
@DatabaseTest
@DisplayName("HikariCP: what one borrower leaves on a connection for the next")
class BorrowerStateLesson {
    private LessonDatabase db;
    private SessionStatements sql;
    private HikariDataSource pool;

    @BeforeEach
    void openPoolOfOne(LessonDatabase db) {
        this.db = db;
        this.sql = SessionStatements.on(db.target());
        pool = new HikariDataSource(poolOfOne());
    }

    private HikariConfig poolOfOne() {
        HikariConfig config = LessonPools.hikari(db, 1);
        config.setPoolName("one-connection");
        return config;
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    private static String one(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String command) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    @Test
    @DisplayName("the next borrower gets the same server session")
    void sameSession() throws SQLException {
        String first;
        try (Connection alice = pool.getConnection()) {
            first = one(alice, sql.sessionId());
        }
        try (Connection bob = pool.getConnection()) {
            assertThat(one(bob, sql.sessionId())).isEqualTo(first);
        }
    }

    // tag::survives[]
    @Test
    @DisplayName("a session variable, a temporary table and a schema switched by SQL survive into the next borrower")
    void sqlStateSurvives() throws SQLException {
        String ownSchema;
        try (Connection alice = pool.getConnection()) {
            ownSchema = one(alice, sql.currentSchema());
            execute(alice, sql.setBuyer());
            execute(alice, sql.createCart());
            execute(alice, sql.switchTo(sql.otherSchema())); // search_path, USE, SET SCHEMA: HikariCP never sees it
        }
        try (Connection bob = pool.getConnection()) {
            assertThat(one(bob, sql.buyer())).as("alice's session variable, read by bob").isEqualTo("alice");
            assertThat(one(bob, sql.currentSchema())).as("bob's current schema").isEqualTo(sql.otherSchema())
                    .isNotEqualTo(ownSchema);
            // The temporary table belongs to the lesson's schema (H2, MariaDB): back there to read it.
            execute(bob, sql.switchTo(ownSchema));
            assertThat(one(bob, "select count(*) from cart")).as("alice's temporary table, read by bob").isEqualTo("0");
        }
    }
    // end::survives[]

    // tag::reset[]
    @Test
    @DisplayName("auto-commit, isolation and read-only set through JDBC are put back for the next borrower")
    void jdbcStateIsReset() throws SQLException {
        int isolationAtStart;
        try (Connection alice = pool.getConnection()) {
            isolationAtStart = alice.getTransactionIsolation();
            alice.setReadOnly(true);
            alice.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            alice.setAutoCommit(false);
        }
        try (Connection bob = pool.getConnection()) {
            assertThat(bob.getAutoCommit()).as("auto-commit").isTrue();
            assertThat(bob.getTransactionIsolation()).as("isolation").isEqualTo(isolationAtStart)
                    .isNotEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(bob.isReadOnly()).as("read-only").isFalse();
        }
    }
    // end::reset[]

    // tag::schema[]
    @Test
    @DisplayName("a schema set through JDBC is put back only by a pool configured with one: HikariCP resets to its setting, not to where the connection started")
    void schemaIsResetOnlyToAConfiguredOne() throws SQLException {
        String ownSchema;
        try (Connection alice = pool.getConnection()) {
            ownSchema = one(alice, sql.currentSchema());
            switchByJdbc(alice, sql.otherSchema());
        }
        try (Connection bob = pool.getConnection()) {
            assertThat(one(bob, sql.currentSchema())).as("bob's schema, pool without a schema setting")
                    .isEqualTo(sql.otherSchema());
        }

        pool.close();
        HikariConfig config = poolOfOne();
        if (db.target() == DatabaseTarget.MARIADB) {
            config.setCatalog(ownSchema);
        } else {
            config.setSchema(ownSchema);
        }
        pool = new HikariDataSource(config);
        try (Connection carol = pool.getConnection()) {
            switchByJdbc(carol, sql.otherSchema());
        }
        try (Connection dave = pool.getConnection()) {
            assertThat(one(dave, sql.currentSchema())).as("dave's schema, pool with a schema setting").isEqualTo(ownSchema);
        }
    }
    // end::schema[]

    private void switchByJdbc(Connection connection, String schema) throws SQLException {
        if (db.target() == DatabaseTarget.MARIADB) {
            connection.setCatalog(schema); // MariaDB's schema is its catalog; its setSchema does nothing
        } else {
            connection.setSchema(schema);
        }
        assertThat(one(connection, sql.currentSchema())).as("the schema, on the server, after the switch").isEqualTo(schema);
    }

    @Test
    @DisplayName("work left uncommitted is rolled back when the connection goes back, not handed to the next borrower")
    void uncommittedWorkIsRolledBack() throws SQLException {
        try (Connection alice = pool.getConnection()) {
            alice.setAutoCommit(false);
            execute(alice, "insert into concert (title, seats_left) values ('Never committed', 10)");
        } // no commit: closing the borrowed connection gives it back, it does not end the session
        try (Connection bob = pool.getConnection()) {
            assertThat(one(bob, "select count(*) from concert")).as("concerts bob sees").isEqualTo("0");
        }
        assertThat(db.rowCount("concert")).as("concerts anyone sees").isZero();
    }
}

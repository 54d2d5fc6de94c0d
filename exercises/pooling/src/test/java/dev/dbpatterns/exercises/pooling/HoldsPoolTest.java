package dev.dbpatterns.exercises.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.pooling.pool.HoldsPool;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The pool of the holds desk: its settings, as HikariCP keeps them once the pool runs, and how it behaves when full. */
@DatabaseTest
@Tag("task-1")
@DisplayName("Task 1 · HikariCP: a pool sized and timed for the holds desk")
class HoldsPoolTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private HikariDataSource lesson;

    @BeforeEach
    void findDatabase(LessonDatabase db) {
        this.lesson = Pools.lessonPool(db);
    }

    private HikariConfig config(Duration serverIdleTimeout) {
        return HoldsPool.config(lesson.getJdbcUrl(), lesson.getUsername(), lesson.getPassword(), serverIdleTimeout);
    }

    @Test
    @DisplayName("four connections at most, two seconds' wait at most, a one-second check, and the pool's name")
    void settings() {
        try (HikariDataSource pool = new HikariDataSource(config(TEN_MINUTES))) {
            assertThat(pool.getJdbcUrl()).as("the database's URL, as given").isEqualTo(lesson.getJdbcUrl());
            assertThat(pool.getUsername()).as("the user, as given").isEqualTo(lesson.getUsername());
            assertThat(pool.getPassword()).as("the password, as given").isEqualTo(lesson.getPassword());
            assertThat(pool.getPoolName()).as("the pool's name, which HikariCP's logs and errors show").isEqualTo("holds");
            assertThat(pool.getMaximumPoolSize()).as("maximumPoolSize: the database gives the holds desk 4 connections,"
                    + " and HikariCP's default is 10").isEqualTo(4);
            assertThat(pool.getConnectionTimeout()).as("connectionTimeout in ms: a caller waits 2 s for a connection at"
                    + " most, not HikariCP's default 30 s").isEqualTo(2_000);
            assertThat(pool.getValidationTimeout()).as("validationTimeout in ms: checking a connection before lending it"
                    + " takes 1 s at most, well within the caller's 2 s").isEqualTo(1_000);
            assertThat(pool.getConnectionTestQuery()).as("connectionTestQuery: none, so HikariCP asks the driver"
                    + " (Connection.isValid), which every driver here supports").isNull();
        }
    }

    @Test
    @DisplayName("each connection is retired before the server drops it: maxLifetime 90 % of the server's idle timeout")
    void lifetimeUnderTheServersTimeout() {
        assertLifetime(TEN_MINUTES);
        assertLifetime(Duration.ofSeconds(45));
    }

    private void assertLifetime(Duration serverIdleTimeout) {
        long server = serverIdleTimeout.toMillis();
        try (HikariDataSource pool = new HikariDataSource(config(serverIdleTimeout))) {
            // Read from the running pool: HikariCP silently replaces a maxLifetime under 30 s with 30 minutes.
            assertThat(pool.getMaxLifetime()).as("maxLifetime in ms, as the running pool keeps it, for a server that"
                    + " drops connections idle for " + serverIdleTimeout.toSeconds() + " s: 90 % of that. (Is it 30"
                    + " minutes? HikariCP replaced a value under 30 s with its default, without a word: \"45 s minus"
                    + " 30 s\" is 15 s.)").isBetween(server * 85 / 100, server * 95 / 100);
        }
    }

    @Test
    @DisplayName("a server timeout too short for HikariCP's 30 s floor is refused, not silently turned into 30 minutes")
    void refusesATimeoutTooShort() {
        Throwable thrown = Thrown.by(() -> config(Duration.ofSeconds(30)));
        Duration justEnough = Duration.ofSeconds(34); // 90 % is 30.6 s

        assertThat(thrown).as("the config for a server that drops connections after 30 s: 90 % is 27 s, which"
                + " HikariCP would replace with 30 minutes. Throw IllegalArgumentException instead")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(config(justEnough).getMaxLifetime()).as("maxLifetime for a server timeout of 34 s: 30.6 s is allowed")
                .isBetween(30_000L, 34_000L);
    }

    @Test
    @DisplayName("when all four are borrowed, the fifth caller fails after about 2 s, and is served once one comes back")
    void exhaustion() throws Exception {
        try (HikariDataSource pool = new HikariDataSource(config(TEN_MINUTES))) {
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    held.add(pool.getConnection());
                }
                long start = System.nanoTime();
                Throwable fifth = Thrown.by(pool::getConnection);
                long waitedMs = (System.nanoTime() - start) / 1_000_000;

                assertThat(fifth).as("the fifth borrower while four connections are out: a pool of 4 has none left"
                        + " (a larger pool lent one)").isInstanceOf(SQLTransientConnectionException.class);
                assertThat(waitedMs).as("ms the fifth borrower waited before it was told: the connectionTimeout of 2 s,"
                        + " with room for a busy machine").isBetween(1_500L, 10_000L);
                assertThat(pool.getHikariPoolMXBean().getTotalConnections()).as("connections the pool opened")
                        .isEqualTo(4);

                held.remove(0).close();
                try (Connection again = pool.getConnection()) {
                    assertThat(again.isValid(1)).as("a connection borrowed once one came back").isTrue();
                }
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
        }
    }
}

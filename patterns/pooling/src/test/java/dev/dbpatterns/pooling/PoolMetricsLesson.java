package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.datasource.pooled.PoolState;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Watching a pool from outside: HikariCP's meters in a Micrometer registry (what a dashboard
 * graphs), and MyBatis's {@code PoolState}. A borrower waiting for a connection shows up there
 * before it is served, so each step waits for the meter itself. HikariCP refreshes its gauges at
 * most once a second; a step looks until the gauge says so.
 */
@DatabaseTest(migrate = false)
@DisplayName("Watching a pool: HikariCP's Micrometer meters, MyBatis's PoolState")
@SuppressWarnings("try") // connections only held: holding them is the point
class PoolMetricsLesson {
    private static final String POOL = "box-office";

    private LessonDatabase db;
    private final ExecutorService bob = Executors.newSingleThreadExecutor();

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
    }

    @AfterEach
    void stopBob() {
        bob.shutdownNow();
    }

    // tag::micrometer[]
    private HikariDataSource pool(SimpleMeterRegistry registry, long connectionTimeout) {
        HikariConfig config = LessonPools.hikari(db, 1);
        config.setPoolName(POOL);
        config.setConnectionTimeout(connectionTimeout);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return new HikariDataSource(config);
    }
    // end::micrometer[]

    private static double gauge(SimpleMeterRegistry registry, String name) {
        return registry.get(name).tag("pool", POOL).gauge().value();
    }

    @Test
    @DisplayName("HikariCP: a borrower waiting shows as hikaricp.connections.pending; every borrow is timed by hikaricp.connections.acquire")
    void pending() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HikariDataSource pool = pool(registry, 30_000)) {
            Connection alice = pool.getConnection();
            Future<?> bobsTurn = bob.submit(() -> {
                try (Connection connection = pool.getConnection()) {
                    return null;
                }
            });
            PoolWatch.until("hikaricp.connections.pending at 1", () -> gauge(registry, "hikaricp.connections.pending") == 1);
            assertThat(gauge(registry, "hikaricp.connections.active")).as("active, in the same snapshot").isEqualTo(1);

            alice.close();
            Workers.result(bobsTurn, "bob's borrow");

            assertThat(registry.get("hikaricp.connections.acquire").tag("pool", POOL).timer().count()).isEqualTo(2);
            assertThat(registry.get("hikaricp.connections.usage").tag("pool", POOL).timer().count()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("HikariCP: a borrower that gives up is counted by hikaricp.connections.timeout")
    void timeout() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (HikariDataSource pool = pool(registry, 250); Connection alice = pool.getConnection()) {
            assertThat(catchThrowable(pool::getConnection)).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(registry.get("hikaricp.connections.timeout").tag("pool", POOL).counter().count()).isEqualTo(1);
        }
    }

    // tag::pool-state[]
    @Test
    @DisplayName("MyBatis: PoolState counts the requests and the borrowers that had to wait")
    void poolState() throws Exception {
        PooledDataSource pool = LessonPools.mybatis(db);
        pool.setPoolMaximumActiveConnections(1);
        PoolState state = pool.getPoolState();
        try {
            Connection alice = pool.getConnection();
            Future<?> bobsTurn = bob.submit(() -> {
                try (Connection connection = pool.getConnection()) {
                    return null;
                }
            });
            // MyBatis counts a waiter as it starts to wait.
            PoolWatch.until("PoolState.hadToWaitCount at 1", () -> state.getHadToWaitCount() == 1);
            alice.close();
            Workers.result(bobsTurn, "bob's borrow");

            assertThat(state.getRequestCount()).isEqualTo(2);
            assertThat(state.getHadToWaitCount()).isEqualTo(1);
            assertThat(state.getActiveConnectionCount()).isZero();
            assertThat(state.getIdleConnectionCount()).isEqualTo(1);
        } finally {
            pool.forceCloseAll();
        }
    }
    // end::pool-state[]
}

package dev.dbpatterns.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import dev.dbpatterns.requestscope.mybatis.MyBatisBookshop;
import dev.dbpatterns.requestscope.mybatis.MyBatisSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 200 clients at once, 25 requests each, on a pool of 10 with a short connectionTimeout: a request that cannot get a
 * connection in time is answered 503 at once instead of queueing on; every other one 200. Nothing else, and no
 * connection left lent. How fast is not asserted here: latency belongs to the benchmarks.
 */
@DatabaseTest
@DisplayName("Under load: 200 clients × 25 requests on a pool of 10")
class UnderLoadLesson {
    private static final int CLIENTS = 200;
    private static final int REQUESTS_EACH = 25;
    private static final int POOL_SIZE = 10;
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(500);

    private LessonDatabase db;
    private long dune;

    @BeforeEach
    void seed(LessonDatabase db) {
        Assumptions.assumeTrue(db.target() == DatabaseTarget.POSTGRES, "the issue sizes this load for PostgreSQL; on H2 and"
                + " MariaDB the other lessons show the scope, and 5,000 more requests per style would only cost build time");
        this.db = db;
        dune = db.insert("insert into book (title, price_cents, stock) values (?, ?, ?)", "Dune", 1_250, 3);
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
    }

    @Test
    @DisplayName("MyBatis: every request a 200 or a 503 from the pool's time-out, counted; no connection leaked")
    void myBatis() throws Exception {
        underLoad(pool -> {
            SqlSessionFactory sessions = MyBatisSetup.sqlSessionFactory(pool);
            return () -> new MyBatisBookshop(sessions);
        });
    }

    @Test
    @DisplayName("Hibernate: every request a 200 or a 503 from the pool's time-out, counted; no connection leaked")
    void hibernate() throws Exception {
        underLoad(pool -> HibernateStyle.on(pool, true));
    }

    // tag::load[]
    private void underLoad(Function<DataSource, ShopStyle> style) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> busyAnswers = new ConcurrentHashMap<>();
        try (HikariDataSource pool = pool(); ShopServer server = new ShopServer(pool, style)) {
            Workers.run(CLIENTS, Duration.ofMinutes(2), client -> {
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    HttpResponse<String> page = server.http.get("/books/" + dune);
                    statuses.computeIfAbsent(page.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                    if (page.statusCode() == 503) {
                        busyAnswers.computeIfAbsent(page.body().contains("ShopBusyException") ? "pool time-out" : page.body(),
                                body -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }, (client, failure) -> "client " + client + " failed: " + failure);

            int ok = count(statuses, 200);
            int busy = count(statuses, 503);
            System.out.printf("%,d requests: %,d × 200, %,d × 503 (pool time-out after %d ms)%n",
                    CLIENTS * REQUESTS_EACH, ok, busy, CONNECTION_TIMEOUT.toMillis());
            assertThat(statuses.keySet()).as("statuses answered").isSubsetOf(200, 503);
            assertThat(ok + busy).isEqualTo(CLIENTS * REQUESTS_EACH);
            assertThat(ok).as("pages served").isPositive();
            assertThat(busyAnswers.keySet()).as("why the 503s").isSubsetOf("pool time-out");
            Workers.until(() -> "every connection back in the pool", () -> pool.getHikariPoolMXBean().getActiveConnections() == 0);
            assertThat(server.leases.held()).as("connections the server still holds").isZero();
            assertThat(server.leases.most()).as("most connections held at once").isBetween(1, POOL_SIZE);
        }
    }
    // end::load[]

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.address().url());
        config.setUsername(db.address().user());
        config.setPassword(db.address().password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}

package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.kit.lesson.Workers;
import dev.dbpatterns.pooling.application.BuyTickets;
import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.domain.ConnectionLostException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The box office in one style on a HikariCP pool: it sells; under a crowd the pool holds the line;
 * and a connection that dies under a buyer comes out in domain words, so one retry can sell. Buyers
 * are kept holding their connections by a row lock on the concert (see {@link RowLock}); each step
 * waits for what the pool or the server reports, never for a while.
 */
@DatabaseTest
abstract class BoxOfficeContract {
    private static final int MAXIMUM_POOL_SIZE = 5;
    private static final int BUYERS = 50;

    private LessonDatabase db;
    private ServerSessions server;
    private HikariDataSource pool;
    private final ExecutorService crowd = Executors.newSingleThreadExecutor();

    /** The box office of this style on the given pool. */
    protected abstract BoxOffice office(DataSource pool);

    /** Closes what {@link #office} built, before the pool closes. */
    protected void closeOffice() {
    }

    @BeforeEach
    void openServer(LessonDatabase db) throws Exception {
        this.db = db;
        this.server = ServerSessions.open(db);
    }

    @AfterEach
    void closeAll() throws Exception {
        crowd.shutdownNow();
        try {
            closeOffice();
            if (pool != null) {
                pool.close();
            }
        } finally {
            server.close();
        }
    }

    private BoxOffice officeOn(HikariConfig config) {
        pool = new HikariDataSource(config);
        return office(pool);
    }

    private long concert(int seats) {
        return db.insert("insert into concert (title, seats_left) values (?, ?)", "Sold out at ten", seats);
    }

    // tag::sells[]
    @Test
    @DisplayName("sells seats while there are enough, and refuses a sale of more than are left")
    void sells() {
        // On the class's recorded pool (HikariCP too), so the SQL each style sends is printed and kept for the docs.
        BoxOffice office = office(db.dataSource());
        db.sql().reset(); // the framework's start-up (Hibernate validates the schema) is not the step
        long concert = concert(3);

        assertThat(office.sell(concert, 2)).isTrue();
        assertThat(office.sell(concert, 2)).as("2 seats wanted, 1 left").isFalse();
        assertThat(office.seatsLeft(concert)).isEqualTo(1);
    }
    // end::sells[]

    // tag::bounded[]
    @Test
    @DisplayName("50 buyers at once: the server never sees more than maximumPoolSize connections; the rest wait in the pool")
    void bounded() throws Exception {
        BoxOffice office = officeOn(server.pool(MAXIMUM_POOL_SIZE));
        long concert = concert(100);
        AtomicLong peak = new AtomicLong();
        try (RowLock takings = RowLock.onConcert(db, concert)) {
            Future<?> buyers = crowd.submit(() -> {
                Workers.run(BUYERS, buyer -> assertThat(office.sell(concert, 1)).isTrue());
                return null;
            });
            // Five buyers hold a connection each, waiting on the locked row; 45 wait for a connection.
            PoolWatch.until(() -> "5 buyers at the row, 45 in the pool's queue", () -> {
                peak.accumulateAndGet(server.count(), Math::max);
                return pool.getHikariPoolMXBean().getActiveConnections() == MAXIMUM_POOL_SIZE
                        && pool.getHikariPoolMXBean().getThreadsAwaitingConnection() == BUYERS - MAXIMUM_POOL_SIZE;
            });
            assertThat(server.count()).as("the pool's connections, counted by the server").isEqualTo(MAXIMUM_POOL_SIZE);

            takings.release();
            Workers.result(buyers, "50 buyers");
        }
        peak.accumulateAndGet(server.count(), Math::max);
        assertThat(peak.get()).as("most connections the server ever showed").isEqualTo(MAXIMUM_POOL_SIZE);
        assertThat(office.seatsLeft(concert)).as("every buyer got a seat").isEqualTo(100 - BUYERS);
    }
    // end::bounded[]

    // tag::exhaustion[]
    @Test
    @DisplayName("every connection held: the next buyer gets SQLTransientConnectionException after connectionTimeout, the one after a returned connection is served")
    void exhaustion() throws Exception {
        HikariConfig config = server.pool(2);
        config.setConnectionTimeout(1_000);
        BoxOffice office = officeOn(config);
        long concert = concert(10);
        try (PoolTimeline timeline = PoolTimeline.watch(pool.getHikariPoolMXBean(), getClass(), "exhaustion", db.target())) {
            try (RowLock takings = RowLock.onConcert(db, concert)) {
                timeline.event("the concert's row locked: buyers 1 and 2 borrow both connections and wait at it");
                Future<?> holders = crowd.submit(() -> {
                    Workers.run(2, buyer -> assertThat(office.sell(concert, 1)).isTrue());
                    return null;
                });
                PoolWatch.until(pool.getHikariPoolMXBean(), 2, 0);

                timeline.event("buyer 3 asks for a connection");
                long start = System.nanoTime();
                Throwable refused = catchThrowable(() -> office.sell(concert, 1));
                Duration waited = Duration.ofNanos(System.nanoTime() - start);

                assertThat((Throwable) DriverErrors.sqlException(refused)).isInstanceOf(SQLTransientConnectionException.class)
                        .hasMessageContaining("Connection is not available, request timed out after");
                timeline.event("buyer 3 gives up: " + DriverErrors.sqlException(refused).getMessage());
                // HikariCP waits the whole timeout on its own clock; the upper bound only allows for a busy machine.
                assertThat(waited).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_000 + 15_000));

                takings.release();
                Workers.result(holders, "the two buyers holding the connections");
                timeline.event("the row lock released: buyers 1 and 2 sold and gave their connections back");
            }
            assertThat(office.sell(concert, 1)).as("a buyer after the connections came back").isTrue();
            timeline.event("buyer 4 sold");
        }
        assertThat(office.seatsLeft(concert)).isEqualTo(10 - 3);
    }
    // end::exhaustion[]

    // tag::connection-lost[]
    @Test
    @DisplayName("a buyer's connection killed while it waits at the row: the sale fails with ConnectionLostException; BuyTickets tries once more, on a new connection, and sells")
    void connectionLost() throws Exception {
        // H2's abort_session does not end a session that waits for a row lock as a server's kill does:
        // the waiter stays until its lock timeout, or is told it was a deadlock.
        Assumptions.assumeTrue(db.target().isServer(), "H2 cannot end a session waiting for a lock the way a server kill does");
        BoxOffice office = officeOn(server.pool(2));
        long concert = concert(10);
        try (LogCapture pool = LogCapture.of("com.zaxxer.hikari.pool.ProxyConnection");
             RowLock takings = RowLock.onConcert(db, concert)) {
            Future<Throwable> plainSale = crowd.submit(() -> catchThrowable(() -> office.sell(concert, 1)));
            ServerKill.kill(db, server.blockedSession());
            Throwable lost = Workers.result(plainSale, "the sale whose connection was killed");
            assertThat(lost).isInstanceOf(ConnectionLostException.class);

            Future<Boolean> purchase = crowd.submit(() -> new BuyTickets(office).buy(concert, 1));
            long first = server.blockedSession();
            ServerKill.kill(db, first); // returns once the server no longer lists it
            assertThat(server.blockedSession()).as("the retry, waiting at the row again").isNotEqualTo(first);
            takings.release();
            assertThat(Workers.result(purchase, "the purchase with one retry")).isTrue();
            assertThat(pool.messages()).as("HikariCP, on each killed connection")
                    .hasSize(2).allSatisfy(warning -> assertThat(warning).contains("marked as broken"));
        }
        assertThat(office.seatsLeft(concert)).as("one seat sold: the killed attempts were rolled back").isEqualTo(9);
    }
    // end::connection-lost[]
}

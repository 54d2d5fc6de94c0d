package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import dev.dbpatterns.pooling.mybatis.ConcertMapper;
import dev.dbpatterns.pooling.mybatis.MyBatisSetup;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slow work outside the database (a card payment through a gateway) done while a connection is
 * held keeps that connection from everyone else for as long as the gateway takes. With a pool of
 * one, a second buyer times out while the first one's payment is pending; charging before
 * borrowing lets the second buyer through. The gateway here answers when the step lets it, and
 * says when a charge has started, so the steps meet on what happened, not on time.
 */
@DatabaseTest
@DisplayName("HikariCP: slow work while holding a connection starves the pool")
class SlowWorkLesson {
    private LessonDatabase db;
    private HikariDataSource pool;
    private SqlSessionFactory sessions;
    private long concert;
    private final ExecutorService alice = Executors.newSingleThreadExecutor();
    private final CountDownLatch charging = new CountDownLatch(1);
    private final CountDownLatch gatewayAnswers = new CountDownLatch(1);

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        HikariConfig config = LessonPools.hikari(db, 1);
        config.setConnectionTimeout(1_000);
        pool = new HikariDataSource(config);
        sessions = MyBatisSetup.sqlSessionFactory(pool);
        concert = db.insert("insert into concert (title, seats_left) values (?, ?)", "Paid at ten", 10);
    }

    @AfterEach
    void close() {
        gatewayAnswers.countDown();
        alice.shutdownNow();
        pool.close();
    }

    /** The payment gateway: slow, outside the database; it answers when the step lets it. */
    private void charge() throws InterruptedException {
        charging.countDown();
        Workers.await(gatewayAnswers, "the gateway's answer");
    }

    // tag::holding[]
    private void sellHoldingTheConnection() throws InterruptedException {
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(ConcertMapper.class).sell(concert, 1); // the connection is borrowed here
            charge();                                                  // … and held while the gateway thinks
            session.commit();
        }
    }
    // end::holding[]

    // tag::releasing[]
    private void sellAfterCharging() throws InterruptedException {
        charge();                                                      // no connection held yet
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(ConcertMapper.class).sell(concert, 1);
            session.commit();
        }
    }
    // end::releasing[]

    private boolean bobBuys() {
        try (SqlSession session = sessions.openSession()) {
            boolean sold = session.getMapper(ConcertMapper.class).sell(concert, 1) == 1;
            session.commit();
            return sold;
        }
    }

    @Test
    @DisplayName("alice pays while holding the pool's one connection: bob times out before her payment ends")
    void holding() throws Exception {
        Future<?> alicesSale = alice.submit(() -> {
            sellHoldingTheConnection();
            return null;
        });
        Workers.await(charging, "alice's payment starting");

        Throwable bob = catchThrowable(this::bobBuys);

        assertThat((Throwable) DriverErrors.sqlException(bob)).isInstanceOf(SQLTransientConnectionException.class);
        gatewayAnswers.countDown();
        Workers.result(alicesSale, "alice's sale");
        assertThat(db.queryForLong("select seats_left from concert where id = ?", concert)).isEqualTo(9);
    }

    @Test
    @DisplayName("alice pays before she borrows: bob buys while her payment is pending")
    void releasing() throws Exception {
        Future<?> alicesSale = alice.submit(() -> {
            sellAfterCharging();
            return null;
        });
        Workers.await(charging, "alice's payment starting");

        assertThat(bobBuys()).as("bob's sale, during alice's payment").isTrue();
        gatewayAnswers.countDown();
        Workers.result(alicesSale, "alice's sale");
        assertThat(db.queryForLong("select seats_left from concert where id = ?", concert)).isEqualTo(8);
    }
}

package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.pooling.hibernate.HibernateBoxOffice;
import dev.dbpatterns.pooling.hibernate.HibernateSetup;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pools Hibernate builds itself from a URL: HikariCP through hibernate-hikaricp, and its
 * built-in pool. A session takes its connection when its transaction begins, so two open
 * transactions hold a pool of two, on one thread, with nothing to wait for; the third shows what
 * each pool does when it has nothing left to lend.
 */
@DatabaseTest
@DisplayName("Hibernate: the pools it builds itself, hibernate-hikaricp and the built-in one")
@SuppressWarnings("try") // sessions only held: holding them is the point
class HibernatePoolsLesson {
    private LessonDatabase db;
    private long concert;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        concert = db.insert("insert into concert (title, seats_left) values (?, ?)", "Two sessions at ten", 10);
    }

    /** A session in a transaction, which holds its connection until the transaction ends. */
    private record Held(Session session) implements AutoCloseable {
        @Override
        public void close() {
            session.getTransaction().rollback(); // closing the session alone would keep the connection
            session.close();
        }
    }

    /** Begins a transaction in a new session: the session borrows its connection. */
    private static Held holding(SessionFactory sessions) {
        Session session = sessions.openSession();
        session.beginTransaction();
        return new Held(session);
    }

    // tag::hikari[]
    @Test
    @DisplayName("hibernate.hikari.*: Hibernate builds HikariCP with these settings; with both connections held, the next transaction waits connectionTimeout and fails")
    void hikari() {
        try (SessionFactory sessions = HibernateSetup.sessionFactoryOnHikari(db.address().url(), db.address().user(),
                db.address().password(), Map.of("hibernate.hikari.maximumPoolSize", "2",
                        "hibernate.hikari.connectionTimeout", "1000"))) {
            HikariDataSource pool = sessions.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                    .requireService(ConnectionProvider.class).unwrap(HikariDataSource.class);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2);

            try (Held alice = holding(sessions); Held bob = holding(sessions)) {
                long start = System.nanoTime();
                Throwable carol = catchThrowable(() -> holding(sessions));
                Duration waited = Duration.ofNanos(System.nanoTime() - start);

                assertThat((Throwable) DriverErrors.sqlException(carol)).isInstanceOf(SQLTransientConnectionException.class);
                assertThat(waited).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_000 + 15_000));
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("alice's and bob's").isEqualTo(2);
            }
            assertThat(new HibernateBoxOffice(sessions).sell(concert, 1)).as("a sale once the sessions closed").isTrue();
        }
    }
    // end::hikari[]

    // tag::built-in[]
    @Test
    @DisplayName("the built-in pool warns it is not for production; with both connections held, the next transaction fails at once")
    void builtIn() {
        try (LogCapture log = LogCapture.of("org.hibernate.orm.connections.pooling");
             SessionFactory sessions = HibernateSetup.sessionFactoryOnBuiltInPool(db.address().url(), db.address().user(),
                     db.address().password(), 2)) {
            assertThat(log.messages()).anySatisfy(warning -> assertThat(warning).contains("Using built-in connection pool (not intended for production use)"));

            try (Held alice = holding(sessions); Held bob = holding(sessions)) {
                Throwable carol = catchThrowable(() -> holding(sessions));

                // No waiting line at all: it refuses the moment it has nothing idle.
                assertThat(carol).isInstanceOf(HibernateException.class).hasMessageContaining(
                        "The internal connection pool has reached its maximum size and no connection is currently available");
            }
            assertThat(new HibernateBoxOffice(sessions).sell(concert, 1)).as("a sale once the sessions closed").isTrue();
        }
    }
    // end::built-in[]
}

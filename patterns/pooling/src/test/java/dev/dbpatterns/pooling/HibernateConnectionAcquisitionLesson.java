package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.pooling.domain.Concert;
import dev.dbpatterns.pooling.hibernate.HibernateSetup;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * When a Hibernate transaction takes its connection from the pool, read from the pool's lent count
 * on the same thread (borrowing and returning update it before they return). By default,
 * {@code beginTransaction} borrows at once, to switch auto-commit off; a pool that lends
 * connections with auto-commit already off, and {@code provider_disables_autocommit}, let it wait
 * for the first statement, so work before it holds no connection.
 */
@DatabaseTest
@DisplayName("Hibernate: when a transaction borrows its connection")
class HibernateConnectionAcquisitionLesson {
    private LessonDatabase db;
    private long concert;
    private HikariDataSource pool;
    private SessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        concert = db.insert("insert into concert (title, seats_left) values (?, ?)", "Late at ten", 10);
    }

    @AfterEach
    void close() {
        sessions.close();
        pool.close();
    }

    private HikariPoolMXBean open(boolean autoCommitOffInPool, Map<String, Object> settings) {
        HikariConfig config = LessonPools.hikari(db, 2);
        config.setAutoCommit(!autoCommitOffInPool);
        pool = new HikariDataSource(config);
        sessions = HibernateSetup.sessionFactory(pool, settings);
        return pool.getHikariPoolMXBean();
    }

    @Test
    @DisplayName("by default beginTransaction borrows at once, and the transaction's end gives it back")
    void atBegin() {
        HikariPoolMXBean lent = open(false, Map.of());
        try (Session session = sessions.openSession()) {
            assertThat(lent.getActiveConnections()).as("after openSession").isZero();
            session.beginTransaction();
            assertThat(lent.getActiveConnections()).as("after beginTransaction").isEqualTo(1);
            session.find(Concert.class, concert);
            session.getTransaction().commit();
            assertThat(lent.getActiveConnections()).as("after commit").isZero();
        }
    }

    // tag::lazy[]
    @Test
    @DisplayName("with provider_disables_autocommit and a pool lending auto-commit off, it borrows at the first statement")
    void atFirstStatement() {
        HikariPoolMXBean lent = open(true, Map.of(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true));
        try (Session session = sessions.openSession()) {
            session.beginTransaction();
            assertThat(lent.getActiveConnections()).as("after beginTransaction").isZero();
            session.find(Concert.class, concert);
            assertThat(lent.getActiveConnections()).as("after the first statement").isEqualTo(1);
            session.getTransaction().commit();
            assertThat(lent.getActiveConnections()).as("after commit").isZero();
        }
    }
    // end::lazy[]
}

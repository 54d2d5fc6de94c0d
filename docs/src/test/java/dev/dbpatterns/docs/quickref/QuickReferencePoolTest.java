package dev.dbpatterns.docs.quickref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pool settings: both pools hold at most two connections and make a third caller wait, then fail. */
@DatabaseTest(migrations = {"repository", "docs"}) // the bookshop, and a review table of its own
@DisplayName("Quick reference: pool settings")
class QuickReferencePoolTest {
    private ServerLogin login;

    @BeforeEach
    void findServer(LessonDatabase db) {
        login = ServerLogin.of(db);
    }

    @Test
    @DisplayName("MyBatis: a HikariCP pool of 2; the third connection waits half a second, then fails")
    void myBatisOnHikari() {
        String url = login.url();
        String user = login.user();
        String password = login.password();
        // tag::mybatis-pool[]
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);     // at most 2 connections, busy or idle
        config.setConnectionTimeout(500); // wait at most 0.5 s for a free one, then throw
        try (HikariDataSource pool = new HikariDataSource(config)) {
            SqlSessionFactory sessions = MyBatisSetup.sqlSessionFactory(pool);
            // end::mybatis-pool[]
            try (SqlSession first = sessions.openSession(); SqlSession second = sessions.openSession();
                 SqlSession third = sessions.openSession()) {
                first.getConnection();
                second.getConnection();

                assertThatThrownBy(third::getConnection).hasRootCauseInstanceOf(SQLTransientConnectionException.class);
                assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(2);
            }
        }
    }

    @Test
    @DisplayName("Hibernate: its own HikariCP pool of 2, from settings; the third transaction waits, then fails")
    void hibernateOnHikari() {
        String url = login.url();
        String user = login.user();
        String password = login.password();
        // tag::hibernate-pool[]
        // hibernate-hikaricp on the class path: Hibernate builds and closes the pool itself.
        SessionFactory sessions = new HibernatePersistenceConfiguration("bookshop")
                .managedClasses(Author.class, Book.class)
                .jdbcUrl(url)
                .jdbcCredentials(user, password)
                .property("hibernate.hikari.maximumPoolSize", "2")
                .property("hibernate.hikari.connectionTimeout", "500")
                .createEntityManagerFactory();
        // end::hibernate-pool[]
        try (sessions; Session first = sessions.openSession(); Session second = sessions.openSession();
             Session third = sessions.openSession()) {
            first.beginTransaction();
            second.beginTransaction();

            assertThatThrownBy(third::beginTransaction).hasRootCauseInstanceOf(SQLTransientConnectionException.class);
        }
    }
}

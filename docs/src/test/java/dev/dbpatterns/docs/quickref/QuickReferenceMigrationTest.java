package dev.dbpatterns.docs.quickref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.hibernate.HibernateBookshop;
import dev.dbpatterns.repository.mybatis.MyBatisBookshop;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migrations: Flyway owns the schema for both styles. Hibernate checks its mapping against it at
 * start-up (validate); MyBatis checks nothing and meets a missing table at its first statement.
 * The steps run in order on one empty schema.
 */
@DatabaseTest(migrate = false)
@DisplayName("Quick reference: migrations with Flyway, checked by Hibernate at start-up")
class QuickReferenceMigrationTest {
    private LessonDatabase db;
    private DataSource dataSource;

    @BeforeEach
    void emptySchema(LessonDatabase db) {
        this.db = db;
        this.dataSource = db.dataSource();
    }

    @Test
    @DisplayName("before migrating, MyBatis starts, and fails only when a statement meets the missing table")
    void myBatisStartsOnAnEmptySchema() {
        SqlSessionFactory sessions = MyBatisBookshop.sqlSessionFactory(dataSource);
        try (SqlSession session = sessions.openSession()) {
            assertThatThrownBy(() -> session.selectList("dev.dbpatterns.repository.mybatis.AuthorMapper.findAllWithBooks"))
                    .isInstanceOf(PersistenceException.class);
        }
    }

    @Test
    @DisplayName("before migrating, Hibernate refuses to start: validate finds no table for its entities")
    void hibernateRefusesAnEmptySchema() {
        assertThatThrownBy(() -> HibernateBookshop.sessionFactory(dataSource).close())
                .rootCause()
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("missing table");
    }

    @Test
    @DisplayName("Flyway applies the scripts for this database, then both styles start and find the tables")
    void flywayMigrates() {
        DataSource dataSource = db.unrecordedDataSource(); // Flyway's own bookkeeping SQL is not the point
        String vendor = db.target().id();
        // tag::migrate[]
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                // Portable scripts, then the ones for this database: h2, postgres or mariadb.
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate();
        // end::migrate[]
        assertThat(result.migrationsExecuted).isPositive();
        try (SessionFactory hibernate = HibernateBookshop.sessionFactory(this.dataSource);
             SqlSession myBatis = MyBatisBookshop.sqlSessionFactory(this.dataSource).openSession()) {
            long books = hibernate.fromSession(session ->
                    session.createSelectionQuery("select count(*) from Book", Long.class).getSingleResult());
            assertThat(books).isZero();
            assertThat(myBatis.<Object>selectList("dev.dbpatterns.repository.mybatis.AuthorMapper.findAllWithBooks"))
                    .isEqualTo(List.of());
        }
    }
}

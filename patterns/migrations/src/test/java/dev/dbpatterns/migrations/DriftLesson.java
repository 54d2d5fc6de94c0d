package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.migrations.hibernate.HibernateSetup;
import dev.dbpatterns.migrations.mybatis.MyBatisCatalogue;
import dev.dbpatterns.migrations.mybatis.MyBatisSetup;
import dev.dbpatterns.migrations.mybatis.StatementCheck;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drift: the application of release 2 started on a schema its migrations did not all reach (V2,
 * the shelf, missing: a deployment that skipped Flyway, a database restored from an old backup).
 * Hibernate's {@code validate} refuses to start and names the column. MyBatis starts, and fails
 * at the first call that needs the column, unless {@link StatementCheck} prepares every mapped
 * statement first: then the start-up names each statement the schema cannot serve.
 */
@DatabaseTest(migrate = false)
@DisplayName("Drift: a schema without V2 is named by Hibernate's validate and by MyBatis's statement check")
class DriftLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.module(db).target("1").load().migrate(); // V2, the shelf, never ran
    }

    // tag::hibernate[]
    @Test
    @DisplayName("Hibernate (hbm2ddl.auto=validate) refuses to start: missing column [shelf] in table [book]; after V2 it starts")
    void hibernateNamesTheColumn() {
        Throwable refused = catchThrowable(() -> HibernateSetup.sessionFactory(db.unrecordedDataSource()).close());

        assertThat(refused).rootCause().isInstanceOf(SchemaManagementException.class)
                .message().containsIgnoringCase("missing column [shelf]").containsIgnoringCase("table [book]");

        LessonFlyway.module(db).load().migrate();
        try (SessionFactory started = HibernateSetup.sessionFactory(db.unrecordedDataSource())) {
            assertThat(started.isOpen()).isTrue();
        }
    }
    // end::hibernate[]

    // tag::mybatis[]
    @Test
    @DisplayName("MyBatis starts regardless and fails at the first call; the statement check names the three statements that need the shelf; after V2 it finds none")
    void myBatisNamesTheStatements() throws Exception {
        SqlSessionFactory sessions = MyBatisSetup.sqlSessionFactory(db.unrecordedDataSource());
        assertThat(catchThrowable(() -> new MyBatisCatalogue(sessions).byIsbn("978-0141439518")))
                .as("the first user to look a book up").isInstanceOf(PersistenceException.class);

        assertThat(StatementCheck.problems(sessions.getConfiguration()))
                .containsOnlyKeys("dev.dbpatterns.migrations.mybatis.BookMapper.insert",
                        "dev.dbpatterns.migrations.mybatis.BookMapper.byIsbn",
                        "dev.dbpatterns.migrations.mybatis.BookMapper.onShelf")
                .allSatisfy((statement, problem) -> assertThat(problem).containsIgnoringCase("shelf"));

        LessonFlyway.module(db).load().migrate();
        assertThat(StatementCheck.problems(sessions.getConfiguration())).isEmpty();
    }
    // end::mybatis[]
}

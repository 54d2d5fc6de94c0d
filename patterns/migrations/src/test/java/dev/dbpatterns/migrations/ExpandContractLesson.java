package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.migrations.domain.Book;
import dev.dbpatterns.migrations.hibernate.HibernateCatalogue;
import dev.dbpatterns.migrations.hibernate.HibernateSetup;
import dev.dbpatterns.migrations.mybatis.MyBatisCatalogue;
import dev.dbpatterns.migrations.mybatis.MyBatisSetup;
import dev.dbpatterns.migrations.mybatis.StatementCheck;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Renaming book.title to book.name while release N of the catalogue (this module's, which reads
 * and writes title) keeps running. One step breaks it the moment the migration is applied.
 * Expand (add name) and backfill (copy title) keep release N working; but release N writes title
 * only, so books it adds after the backfill have no name. Hence the order: expand, a release that
 * writes both, backfill, a release that reads name, and only then contract (drop title). The
 * compatibility check is release N in both styles: Hibernate starts with validate, MyBatis's
 * statements all prepare, and a book goes in and comes out.
 */
@DatabaseTest(migrate = false)
@DisplayName("Expand/contract: a column renamed in one step breaks the running release; expand, backfill, contract do not")
class ExpandContractLesson {
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.module(db).load().migrate(); // release N's schema: V1, V2
        db.insert("insert into book (isbn, title, shelf) values (?, ?, ?)", "978-0141439518", "Pride and Prejudice", "fiction");
    }

    private void migrateTo(String folder, String version) {
        LessonFlyway.module(db, folder).target(version).load().migrate();
    }

    /** What keeps release N from working on the schema as it is now, in either style; empty when it works. */
    private List<String> releaseNProblems(String isbn) throws Exception {
        List<String> problems = new ArrayList<>();
        Throwable hibernate = catchThrowable(() -> {
            try (SessionFactory sessions = HibernateSetup.sessionFactory(db.unrecordedDataSource())) {
                HibernateCatalogue catalogue = new HibernateCatalogue(sessions);
                catalogue.add(new Book(isbn + "-h", "Emma", "fiction"));
                assertThat(catalogue.byIsbn(isbn + "-h")).isPresent();
            }
        });
        if (hibernate != null) {
            problems.add("Hibernate: " + rootMessage(hibernate));
        }
        SqlSessionFactory myBatis = MyBatisSetup.sqlSessionFactory(db.unrecordedDataSource());
        StatementCheck.problems(myBatis.getConfiguration()).keySet().forEach(statement -> problems.add("MyBatis: " + statement));
        if (problems.stream().noneMatch(problem -> problem.startsWith("MyBatis"))) {
            MyBatisCatalogue catalogue = new MyBatisCatalogue(myBatis);
            catalogue.add(new Book(isbn + "-m", "Persuasion", "fiction"));
            assertThat(catalogue.byIsbn(isbn + "-m")).isPresent();
        }
        return problems;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    // tag::one-step[]
    @Test
    @DisplayName("renamed in one step: release N fails at once, in both styles, naming title")
    void oneStepBreaks() throws Exception {
        assertThat(releaseNProblems("before")).isEmpty();

        migrateTo("expand/rename", "3");

        assertThat(releaseNProblems("after")).anySatisfy(problem -> assertThat(problem).startsWith("Hibernate").containsIgnoringCase("title"))
                .contains("MyBatis: dev.dbpatterns.migrations.mybatis.BookMapper.byIsbn");
    }
    // end::one-step[]

    // tag::steps[]
    @Test
    @DisplayName("expand, backfill: release N works after each, yet its new books have no name; contract: release N fails, and those books lose their titles")
    void expandBackfillContract() throws Exception {
        migrateTo("expand/steps", "3");
        assertThat(releaseNProblems("expanded")).as("after expand").isEmpty();

        migrateTo("expand/steps", "4");
        assertThat(db.queryForLong("select count(*) from book where name is null or name <> title"))
                .as("rows whose name is not their title, right after the backfill").isZero();
        assertThat(releaseNProblems("backfilled")).as("after backfill").isEmpty();
        assertThat(db.queryForLong("select count(*) from book where name is null"))
                .as("books release N added after the backfill: it writes title only, so a release that writes both must come first")
                .isEqualTo(2);

        migrateTo("expand/steps", "5");
        assertThat(releaseNProblems("contracted")).as("after contract: release N must be gone by now")
                .anySatisfy(problem -> assertThat(problem).containsIgnoringCase("title"));
        assertThat(db.queryForList(String.class, "select name from book where isbn = ?", "978-0141439518"))
                .as("a book from before the backfill").containsExactly("Pride and Prejudice");
        assertThat(db.queryForLong("select count(*) from book where name is null"))
                .as("titles the contract dropped with no name to keep them").isEqualTo(2);
    }
    // end::steps[]
}

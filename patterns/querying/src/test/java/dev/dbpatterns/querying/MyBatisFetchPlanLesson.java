package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.mybatis.AuthorMapper;
import dev.dbpatterns.querying.mybatis.MyBatisCatalog;
import dev.dbpatterns.querying.mybatis.MyBatisSetup;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In MyBatis the result map decides how a collection is filled, in plain sight in the XML: a
 * nested select runs a statement per parent, nested results fold one joined SELECT, and the
 * original's selectinload is two statements joined up in Java.
 */
@DatabaseTest
@DisplayName("MyBatis: authors with their books by nested select (1 + N), nested results (1), an IN list (2)")
class MyBatisFetchPlanLesson {
    private SqlSessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        Bookshelf.restock(db);
    }

    @Test
    @DisplayName("a nested select: one SELECT for the authors, then one per author for their books")
    void nestedSelectIsOnePlusN(SqlLog sql) {
        List<Author> authors;
        try (SqlSession session = sessions.openSession()) {
            authors = session.getMapper(AuthorMapper.class).withBooksOneByOne();
        }
        sql.expect("4 authors by nested select").selects(1 + Bookshelf.AUTHORS);
        assertThat(Bookshelf.titlesByAuthor(authors)).hasSize(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("nested results: one joined SELECT, folded into four authors by the result map's <id>")
    void nestedResultsIsOneSelect(SqlLog sql) {
        List<Author> authors = new MyBatisCatalog(sessions).authorsWithBooksJoined();

        sql.expect("4 authors by nested results").selects(1);
        assertThat(authors).hasSize(Bookshelf.AUTHORS);
        assertThat(Bookshelf.titlesByAuthor(authors)).hasSize(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("selectinload by hand: the authors, then one WHERE author_id IN (?, ?, ?, ?) for all their books")
    void inListIsTwoSelects(SqlLog sql) {
        List<Author> authors = new MyBatisCatalog(sessions).authorsWithBooksInTwoSelects();

        sql.expect("4 authors, then their books").selects(2);
        assertThat(sql.statements().get(1).sql()).containsPattern("where author_id in \\(\\s*\\?(\\s*,\\s*\\?){3}\\s*\\)");
        assertThat(sql.statements().get(1).parameterSets().get(0))
                .containsExactlyElementsOf(authors.stream().map(Author::id).map(Object.class::cast).toList());
        assertThat(Bookshelf.titlesByAuthor(authors))
                .isEqualTo(Bookshelf.titlesByAuthor(new MyBatisCatalog(sessions).authorsWithBooksJoined()));
    }
}

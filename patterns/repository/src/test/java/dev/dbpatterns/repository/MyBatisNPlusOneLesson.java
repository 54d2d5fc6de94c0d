package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.mybatis.AuthorMapper;
import dev.dbpatterns.repository.mybatis.MyBatisAuthors;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In MyBatis the result map decides how a collection is filled. A nested select runs a second
 * statement for every parent row: N+1, in plain sight in the XML. Nested results map one joined
 * SELECT, folding the repeated parent columns into one object per parent.
 */
@DatabaseTest
@DisplayName("MyBatis: authors with their books, by nested select (1 + N) and by nested results (1)")
class MyBatisNPlusOneLesson {
    private SqlSessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        Bookshelf.restock(db);
    }

    private List<Author> oneByOne() {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(AuthorMapper.class).findAllWithBooksOneByOne();
        }
    }

    @Test
    @DisplayName("a nested select: one SELECT for the authors, then one per author for their books")
    void nestedSelectIsOnePlusN(SqlLog sql) {
        List<Author> authors = oneByOne();

        sql.expect("4 authors by nested select").selects(1 + Bookshelf.AUTHORS);
        assertThat(authors).flatExtracting(Author::books).hasSize(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("nested results: one joined SELECT, folded into authors with their books")
    void nestedResultsIsOneSelect(SqlLog sql) {
        List<Author> authors = new MyBatisAuthors(sessions).findAllWithBooks();

        sql.expect("4 authors by nested results").selects(1);
        assertThat(authors).flatExtracting(Author::books).hasSize(Bookshelf.BOOKS);
    }

    @Test
    @DisplayName("both give the same authors and books")
    void sameAnswerEitherWay() {
        assertThat(Bookshelf.titlesByAuthor(oneByOne()))
                .isEqualTo(Bookshelf.titlesByAuthor(new MyBatisAuthors(sessions).findAllWithBooks()))
                .hasSize(Bookshelf.BOOKS);
    }
}

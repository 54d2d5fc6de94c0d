package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.mybatis.BookMapper;
import dev.dbpatterns.querying.mybatis.MyBatisSetup;
import java.util.List;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RowBounds looks like paging but is not sent: MyBatis runs the statement as written and skips
 * and stops on the JDBC result set, so the database still sorts and ships the rows before the
 * page. A LIMIT in the mapper's SQL lets the database do it.
 */
@DatabaseTest
@DisplayName("MyBatis: RowBounds pages in memory; LIMIT in the mapper pages in the database")
class MyBatisRowBoundsLesson {
    private SqlSessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        Bookshelf.restock(db);
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    @Test
    @DisplayName("RowBounds(4, 3): the right three books, from SQL without a LIMIT")
    void rowBoundsSendsNoLimit(SqlLog sql) {
        // tag::row-bounds[]
        List<Book> page;
        try (SqlSession session = sessions.openSession()) {
            page = session.selectList(BookMapper.class.getName() + ".all", null, new RowBounds(4, 3));
        }
        // end::row-bounds[]
        sql.expect().selects(1);
        assertThat(sql.statements().get(0).sql()).doesNotContainIgnoringCase("limit");
        assertThat(titles(page)).containsExactly("Children of Dune", "Mort", "Small Gods");
    }

    @Test
    @DisplayName("LIMIT and OFFSET in the mapper: the same three books, paged by the database")
    void limitInTheMapper(SqlLog sql) {
        List<Book> page;
        try (SqlSession session = sessions.openSession()) {
            page = session.getMapper(BookMapper.class).pageAt(4, 3);
        }
        sql.expect().selects(1);
        assertThat(sql.statements().get(0).sql()).containsIgnoringCase("limit ? offset ?");
        assertThat(titles(page)).containsExactly("Children of Dune", "Mort", "Small Gods");
    }
}

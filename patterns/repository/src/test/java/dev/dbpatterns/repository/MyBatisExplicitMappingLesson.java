package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.mybatis.BookMapper;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import java.math.BigDecimal;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MyBatis is a data mapper that does what its mapper says and no more: the SQL is the SQL in
 * the XML, an object it returned is just an object, and a write happens when a write statement
 * is called. Its one piece of memory is a small per-session cache of query results.
 */
@DatabaseTest
@DisplayName("MyBatis: it sends what the mapper says, and nothing else")
class MyBatisExplicitMappingLesson {
    private SqlSessionFactory sessions;
    private LessonDatabase db;
    private long dune;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        this.dune = Bookshelf.restock(db).book("Dune");
    }

    private long booksPricedAt(String price) {
        return db.queryForLong("select count(*) from book where id = ? and price = ?", dune, new BigDecimal(price));
    }

    @DisplayName("a select is the mapper's SQL as written, with a ? for each #{}")
    @Test
    void sendsTheMapperSqlVerbatim(SqlLog sql) {
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(BookMapper.class).findById(dune);
        }
        sql.expect().selects(1);
        assertThat(sql.statements().get(0).sql())
                .isEqualTo("select id, isbn, title, author_id, genre, price, published_year from book where id = ?");
    }

    @Test
    @DisplayName("changing a loaded book sends nothing, even at commit: nothing watches the object")
    void noDirtyChecking(SqlLog sql) {
        // tag::no-dirty-checking[]
        try (SqlSession session = sessions.openSession()) {
            Book book = session.getMapper(BookMapper.class).findById(dune);
            book.reprice(new BigDecimal("11.00"));
            session.commit();
        }
        // Not even a COMMIT: MyBatis commits only when a write statement went through the session.
        sql.expect("find, change, commit").selects(1).updates(0).commits(0);
        // end::no-dirty-checking[]
        assertThat(booksPricedAt("11.00")).isZero();
    }

    @Test
    @DisplayName("the UPDATE goes out when the mapper's update is called, setting every column it names")
    void writesAreExplicit(SqlLog sql) {
        try (SqlSession session = sessions.openSession()) {
            BookMapper books = session.getMapper(BookMapper.class);
            Book book = books.findById(dune);
            book.reprice(new BigDecimal("11.00"));
            books.update(book);
            session.commit();
        }
        sql.expect().selects(1).updates(1).commits(1);
        assertThat(sql.statements().get(1).sql()).startsWith(
                "update book set isbn = ?, title = ?, author_id = ?, genre = ?, price = ?, published_year = ?");
        assertThat(booksPricedAt("11.00")).isEqualTo(1);
    }

    @Test
    @DisplayName("within one SqlSession, a repeated select is answered from MyBatis's local cache")
    void localCacheAnswersRepeats(SqlLog sql) {
        // tag::local-cache[]
        try (SqlSession session = sessions.openSession()) {
            BookMapper books = session.getMapper(BookMapper.class);
            Book first = books.findById(dune);
            Book second = books.findById(dune);

            assertThat(second).isSameAs(first);
        }
        sql.expect("the same select twice in one session").selects(1);
        // end::local-cache[]
    }

    @Test
    @DisplayName("any write in the session empties that cache, so the next select goes to the database")
    void writesClearTheLocalCache(SqlLog sql) {
        try (SqlSession session = sessions.openSession()) {
            BookMapper books = session.getMapper(BookMapper.class);
            Book before = books.findById(dune);
            books.deleteById(-1); // deletes nothing, but it is a write
            Book after = books.findById(dune);

            assertThat(after).isNotSameAs(before);
        }
        sql.expect().selects(2).deletes(1);
    }
}

package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.Tag;
import dev.dbpatterns.mapping.mybatis.MyBatisBookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisSetup;
import java.sql.SQLException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MyBatis writes the statements the adapter calls, one by one, with exactly the values given: no
 * cascade, no orphan removal, no default filled in, no value read back unless a statement says so.
 */
@DatabaseTest
@DisplayName("MyBatis: every row is a statement the adapter wrote")
class MyBatisWritesLesson {
    private SqlSessionFactory sessions;
    private MyBatisBookshop shop;
    private LessonDatabase db;
    private Tag fantasy;
    private Tag classic;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        Shelf.empty(db);
        sessions = db.shared("mybatis-with-lesson-mapper", dataSource -> {
            SqlSessionFactory factory = MyBatisSetup.sqlSessionFactory(dataSource);
            factory.getConfiguration().addMapper(ResultMapMapper.class);
            return factory;
        });
        shop = new MyBatisBookshop(sessions);
        fantasy = shop.add(new Tag("fantasy"));
        classic = shop.add(new Tag("classic"));
    }

    // tag::explicit-writes[]
    @Test
    @DisplayName("adding an author sends one INSERT per row, in the adapter's order, none batched")
    void oneInsertPerRow(SqlLog sql) {
        shop.add(Shelf.leGuin(fantasy, classic));

        assertThat(sql.writes()).containsExactly("insert author", "insert book", "insert book_tag", "insert book_tag",
                "insert book", "insert book_tag");
        sql.expect().batches(0).commits(1);
    }

    @Test
    @DisplayName("withdrawing a book is the adapter's two DELETEs, the tagging first: the foreign key wants that order")
    void explicitDeletes(SqlLog sql) {
        long author = shop.add(Shelf.leGuin(fantasy, classic)).id();
        sql.reset();

        shop.withdraw(author, "978-0-00-000001-1");

        assertThat(sql.writes()).containsExactly("delete book_tag", "delete book");
        assertThat(db.rowCount("book")).isEqualTo(1);
    }
    // end::explicit-writes[]

    @Test
    @DisplayName("each tag asks the sequence for its id first: a SELECT before every INSERT")
    void sequenceIdPerRow(SqlLog sql) {
        shop.add(new Tag("satire"));
        shop.add(new Tag("poetry"));

        sql.expect().selects(2).inserts(2);
        assertThat(sql.statements().get(0).kind()).isEqualTo(Kind.SELECT);
    }

    // tag::defaults[]
    @Test
    @DisplayName("a column left out of the INSERT gets the database's default, which the object never sees")
    void leftOutGetsTheDefault() {
        Author saved = shop.add(Shelf.leGuin(fantasy, classic));
        Book wizard = saved.books().get(0);

        assertThat(wizard.edition()).isNull();
        assertThat(db.queryForLong("select edition from book where id = ?", wizard.id())).isEqualTo(1);
    }

    @Test
    @DisplayName("a column named with a null value is sent NULL, and NOT NULL refuses it: the default is not used")
    void namedNullIsRefused(SqlLog sql) {
        long author = db.insert("insert into author (name) values ('Ursula K. Le Guin')");
        Author leGuin = shop.findAuthor(author).orElseThrow();
        Book book = leGuin.write("978-0-00-000003-5", "The Tombs of Atuan", Money.of("9.99", "EUR"));
        sql.reset();

        Throwable refused;
        try (SqlSession session = sessions.openSession()) {
            refused = catchThrowable(() -> session.getMapper(ResultMapMapper.class).insertBookNamingEdition(book));
        }

        SQLException cause = DriverErrors.sqlException(refused);
        assertThat(cause.getSQLState()).isEqualTo(db.target() == DatabaseTarget.MARIADB ? "23000" : "23502");
        assertThat(sql.statements().get(0).parameterSets().get(0)).last().isNull();
        assertThat(db.rowCount("book")).isZero();
    }
    // end::defaults[]
}

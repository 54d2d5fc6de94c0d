package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.Tag;
import dev.dbpatterns.mapping.mybatis.MyBatisBookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisSetup;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A joined result has a row per book and tag; a nested result map folds those rows back into
 * objects, and it is only as right as what it says about identity and column names.
 * Homer wrote two books of one title, in two translations: two books, two tags each.
 */
@DatabaseTest
@DisplayName("MyBatis: nested result maps fold joined rows by what they are told")
class MyBatisResultMapLesson {
    private SqlSessionFactory sessions;
    private long homer;

    @BeforeEach
    void setUp(LessonDatabase db) {
        Shelf.empty(db);
        sessions = db.shared("mybatis-with-lesson-mapper", dataSource -> {
            SqlSessionFactory factory = MyBatisSetup.sqlSessionFactory(dataSource);
            factory.getConfiguration().addMapper(ResultMapMapper.class);
            return factory;
        });
        MyBatisBookshop shop = new MyBatisBookshop(sessions);
        Tag classic = shop.add(new Tag("classic"));
        Tag verse = shop.add(new Tag("verse"));
        Tag prose = shop.add(new Tag("prose"));
        Author author = new Author("Homer");
        author.write("978-0-14-026886-7", "The Odyssey", Money.of("12.00", "GBP")).tag(classic).tag(verse);
        author.write("978-0-39-308905-9", "The Odyssey", Money.of("12.00", "GBP")).tag(classic).tag(prose);
        homer = shop.add(author).id();
    }

    private <T> T query(Function<ResultMapMapper, T> call) {
        try (SqlSession session = sessions.openSession()) {
            return call.apply(session.getMapper(ResultMapMapper.class));
        }
    }

    // tag::grouping[]
    @Test
    @DisplayName("with <id>, four rows fold into two books of two tags each")
    void withId(SqlLog sql) {
        List<Book> books = query(mapper -> mapper.booksWithTagsById(homer));

        sql.expect().selects(1);
        assertThat(books).hasSize(2);
        assertThat(books).allSatisfy(book -> assertThat(book.tags()).hasSize(2));
    }

    @Test
    @DisplayName("without <id>, rows that agree on every mapped column are one book: one Odyssey with three tags")
    void withoutId() {
        List<Book> books = query(mapper -> mapper.booksWithTagsWithoutId(homer));

        assertThat(books).hasSize(1);
        assertThat(books.get(0).tags()).extracting(Tag::name).containsExactlyInAnyOrder("classic", "prose", "verse");
    }
    // end::grouping[]

    // tag::prefix[]
    @Test
    @DisplayName("without columnPrefix the book map reads the author's id: two books come back as one")
    void withoutPrefix() {
        Author author = query(mapper -> mapper.authorWithBooksUnprefixed(homer));

        assertThat(author.books()).hasSize(1);
        assertThat(author.books().get(0).id()).isEqualTo(homer);
    }
    // end::prefix[]

    @Test
    @DisplayName("with columnPrefix=\"book_\" (AuthorMapper's map) the same join gives both books, their own ids")
    void withPrefix() {
        Author author = new MyBatisBookshop(sessions).findAuthor(homer).orElseThrow();

        assertThat(author.books()).hasSize(2).extracting(Book::id).doesNotContain(homer).doesNotHaveDuplicates();
    }

    // tag::auto-mapping-test[]
    @Test
    @DisplayName("a map with nested results auto-maps nothing by default: name is selected, yet null")
    void autoMappingIsPartial() {
        Author author = query(mapper -> mapper.authorAutoMapped(homer));

        assertThat(author.name()).isNull();
        assertThat(author.books()).hasSize(2);
    }

    @Test
    @DisplayName("autoMapping=\"true\" on that map fills name from the column of the same name")
    void autoMappingOn() {
        assertThat(query(mapper -> mapper.authorAutoMappedOn(homer)).name()).isEqualTo("Homer");
    }
    // end::auto-mapping-test[]
}

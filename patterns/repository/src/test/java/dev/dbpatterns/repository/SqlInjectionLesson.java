package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.domain.PageRequest;
import dev.dbpatterns.repository.hibernate.HibernateBooks;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import dev.dbpatterns.repository.mybatis.MyBatisBooks;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from a user is data. Bound as a parameter (#{} in MyBatis, :name in Hibernate) it
 * travels beside the SQL and can only ever be compared with a column; pasted into the SQL
 * (${} in MyBatis, string concatenation anywhere) it becomes SQL, and the user writes your query.
 */
@DatabaseTest
@DisplayName("Hostile input: bound parameters keep it harmless; pasted text becomes SQL")
class SqlInjectionLesson {
    private static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "'; DROP TABLE book; --",
            "Dune' --",
            "Dune'/* comment */ OR /**/'1'='1",
            "%' OR title LIKE '%",
            "\\'; DELETE FROM book; --");

    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        Bookshelf.restock(db);
    }

    private static Books myBatis(LessonDatabase db) {
        return new MyBatisBooks(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }

    private static Books hibernate(LessonDatabase db) {
        return new HibernateBooks(db.shared("hibernate", HibernateSetup::sessionFactory));
    }

    static Stream<Arguments> eachStyleAndInput() {
        return Stream.of(Named.<Function<LessonDatabase, Books>>of("MyBatis", SqlInjectionLesson::myBatis),
                        Named.<Function<LessonDatabase, Books>>of("Hibernate", SqlInjectionLesson::hibernate))
                .flatMap(style -> HOSTILE.stream().map(input -> Arguments.of(style, input)));
    }

    @Nested
    @DisplayName("bound as parameters")
    class Bound {
        @DisplayName("every finder returns nothing and changes nothing")
        @ParameterizedTest
        @MethodSource("dev.dbpatterns.repository.SqlInjectionLesson#eachStyleAndInput")
        void findersAreHarmless(Function<LessonDatabase, Books> adapter, String input, SqlLog sql) {
            Books books = adapter.apply(db);

            assertThat(books.findByTitle(input)).isEmpty();
            assertThat(books.findByIsbn(input)).isEmpty();
            assertThat(books.search(BookSearch.everything().containing(input), BookSort.by(BookSort.Field.TITLE),
                    PageRequest.first(10)).items()).isEmpty();

            assertThat(db.rowCount("book")).as("books left").isEqualTo(Bookshelf.BOOKS);
            assertThat(db.rowCount("author")).as("authors left").isEqualTo(Bookshelf.AUTHORS);
            assertThat(sql.statements()).as("the input travels as a value, never inside the SQL text")
                    .allSatisfy(sent -> assertThat(sent.sql()).doesNotContain(input));
        }
    }

    @Nested
    @DisplayName("pasted into the SQL")
    class Pasted {
        private SqlSessionFactory sessions;

        @BeforeEach
        void addTheUnsafeMapper() {
            sessions = db.shared("mybatis-with-unsafe-mapper", dataSource -> {
                SqlSessionFactory factory = MyBatisSetup.sqlSessionFactory(dataSource);
                factory.getConfiguration().addMapper(UnsafeBookMapper.class);
                return factory;
            });
        }

        private <T> T unsafe(Function<UnsafeBookMapper, T> call) {
            try (SqlSession session = sessions.openSession()) {
                return call.apply(session.getMapper(UnsafeBookMapper.class));
            }
        }

        @DisplayName("MyBatis '${title}' turns ' OR '1'='1 into a condition that matches every book")
        @Test
        void dollarBracesPasteText(SqlLog sql) {
            List<Book> found = unsafe(mapper -> mapper.findByTitlePasted("' OR '1'='1"));

            assertThat(found).hasSize(Bookshelf.BOOKS);
            assertThat(sql.statements().get(0).sql()).endsWith("where title = '' OR '1'='1'");
        }

        @DisplayName("the same input through #{title} finds nothing, because it is only ever a title")
        @Test
        void hashBracesBindText(SqlLog sql) {
            assertThat(myBatis(db).findByTitle("' OR '1'='1")).isEmpty();
            assertThat(sql.statements().get(0).sql()).endsWith("where title = ? order by id");
        }

        @Test
        @DisplayName("Hibernate is no safer when the HQL is built by concatenation")
        void concatenatedHqlIsTheSameMistake() {
            SessionFactory hibernate = db.shared("hibernate", HibernateSetup::sessionFactory);
            String input = "' OR '1'='1";

            List<Book> pasted = hibernate.fromSession(session -> session
                    .createSelectionQuery("from Book where title = '" + input + "'", Book.class).getResultList());
            List<Book> bound = hibernate.fromSession(session -> session
                    .createSelectionQuery("from Book where title = :title", Book.class)
                    .setParameter("title", input).getResultList());

            assertThat(pasted).hasSize(Bookshelf.BOOKS);
            assertThat(bound).isEmpty();
        }

        @DisplayName("an ORDER BY ${column} leaks data: the order of the books answers questions about other tables")
        @Test
        void pastedOrderByLeaks() {
            String probe = "(case when (select count(*) from author where name like '%s%%') > 0 then title else isbn end)";
            List<String> whenYes = titles(unsafe(mapper -> mapper.findAllSortedBy(probe.formatted("M"))));
            List<String> whenNo = titles(unsafe(mapper -> mapper.findAllSortedBy(probe.formatted("Z"))));

            assertThat(whenYes).as("is there an author whose name starts with M? yes: sorted by title")
                    .startsWith("A Wizard of Earthsea", "Dune", "Mort");
            assertThat(whenNo).as("is there an author whose name starts with Z? no: sorted by ISBN")
                    .startsWith("A Wizard of Earthsea", "The Left Hand of Darkness", "The Dispossessed");
        }

        @Test
        @DisplayName("the safe way to let a user sort: choose from a list, refuse anything else before building SQL")
        void safeSortingUsesAWhitelist(SqlLog sql) {
            assertThatThrownBy(() -> BookSort.parse("(case when 1=1 then title else isbn end)"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("choose one of");

            List<Book> page = myBatis(db).search(BookSearch.everything(), BookSort.parse("price,desc"),
                    PageRequest.first(3)).items();

            assertThat(titles(page)).containsExactly("Pompeii", "Dune", "The Dispossessed");
            assertThat(sql.statements().get(0).sql()).contains("order by price desc");
        }

        private static List<String> titles(List<Book> books) {
            return books.stream().map(Book::title).toList();
        }
    }
}

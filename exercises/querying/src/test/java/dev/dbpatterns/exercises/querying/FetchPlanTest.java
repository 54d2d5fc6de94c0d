package dev.dbpatterns.exercises.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Author;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** authorsWithBooks in both styles: the same few statements for two authors as for four. */
@DatabaseTest(migrations = "querying") // the querying pattern's library, authors and books
@Tag("task-3")
@DisplayName("Task 3 · Both styles: authors with their books in a fixed number of statements")
class FetchPlanTest {
    private Library library;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.library = Library.restock(db);
        Style.startAll(db);
    }

    private static List<String> titlesByAuthor(List<Author> authors) {
        // Touched after the adapter returned: books not loaded by then cannot load any more.
        return authors.stream()
                .flatMap(author -> author.books().stream().map(book -> author.name() + ": " + book.title()))
                .toList();
    }

    private List<Long> ids(String... names) {
        return Arrays.stream(names).map(library::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("two authors: by name, each with their books by title, in one or two SELECTs")
    void twoAuthors(Style style, SqlLog sql) {
        List<Author> authors = style.shelf(db).authorsWithBooks(ids("Ursula K. Le Guin", "Frank Herbert"));

        assertThat(titlesByAuthor(authors)).containsExactly("Frank Herbert: Children of Dune", "Frank Herbert: Dune",
                "Ursula K. Le Guin: A Wizard of Earthsea", "Ursula K. Le Guin: The Dispossessed",
                "Ursula K. Le Guin: The Left Hand of Darkness");
        assertThat(sql.count(Kind.SELECT)).as("SELECTs for two authors").isBetween(1, 2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("four authors: the same number of statements as for two, never one more per author")
    void fixedWhateverTheNumber(Style style, SqlLog sql) {
        int forTwo = statementsFor(style, sql, ids("Ursula K. Le Guin", "Frank Herbert"));
        int forFour = statementsFor(style, sql, ids("Ursula K. Le Guin", "Frank Herbert", "Terry Pratchett", "Dana Tally"));

        assertThat(forFour).as("statements for four authors, against %d for two", forTwo).isEqualTo(forTwo);
        assertThat(forFour).isBetween(1, 2);
    }

    private int statementsFor(Style style, SqlLog sql, List<Long> ids) {
        sql.reset();
        List<Author> authors = style.shelf(db).authorsWithBooks(ids);
        assertThat(authors).hasSize(ids.size());
        assertThat(titlesByAuthor(authors)).isNotEmpty();
        return sql.count(Kind.SELECT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("an author without books comes back with none")
    void authorWithoutBooks(Style style) {
        long newcomer = db.insert("insert into author (name) values (?)", "Anna Newcomer");

        List<Author> authors = style.shelf(db).authorsWithBooks(List.of(newcomer, library.id("Terry Pratchett")));

        assertThat(authors).extracting(Author::name).containsExactly("Anna Newcomer", "Terry Pratchett");
        assertThat(authors.get(0).books()).isEmpty();
        assertThat(authors.get(1).books()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("no ids: no authors, and nothing sent")
    void noIds(Style style, SqlLog sql) {
        assertThat(style.shelf(db).authorsWithBooks(List.of())).isEmpty();
        sql.expect().nothingSent();
    }
}

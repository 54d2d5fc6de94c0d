package dev.dbpatterns.exercises.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Book;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** HibernateShelf.search: optional filters, pages by key, one SELECT a page, paged by the database. */
@DatabaseTest(migrations = "querying") // the querying pattern's library, authors and books
@Tag("task-2")
@DisplayName("Task 2 · Hibernate: a search with optional filters, a keyset page")
class HibernateSearchTest {
    private Shelf shelf;
    private Library library;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.library = Library.restock(db);
        Style.startAll(db);
        this.shelf = Style.HIBERNATE.shelf(db);
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    @Test
    @DisplayName("no filter, first page: the three oldest books, one SELECT with a LIMIT")
    void firstPage(SqlLog sql) {
        assertThat(titles(shelf.search(BookFilter.any(), null, 3)))
                .containsExactly("Dune", "A Wizard of Earthsea", "The Left Hand of Darkness");
        sql.expect("one page").selects(1);
        String sent = sql.statements().get(0).sql().toLowerCase(Locale.ROOT);
        assertThat(sent).as("the database pages: a LIMIT (or FETCH FIRST) in the SQL, not a sublist in Java")
                .containsAnyOf(" limit ", " fetch first ");
    }

    @Test
    @DisplayName("the filter's parts are ANDed, and only the parts given count")
    void filters() {
        long tally = library.id("Dana Tally");
        assertThat(titles(shelf.search(BookFilter.any().byAuthor(tally), null, 20)))
                .containsExactly("Wow! Books", "The 50% Rule", "500 Miles", "Snake_Case Stories");
        assertThat(titles(shelf.search(BookFilter.any().byAuthor(tally).publishedFrom(2010), null, 20)))
                .containsExactly("The 50% Rule", "500 Miles", "Snake_Case Stories");
        assertThat(titles(shelf.search(BookFilter.any().titleContaining("Dune").publishedFrom(1970), null, 20)))
                .containsExactly("Children of Dune");
        assertThat(titles(shelf.search(BookFilter.any().titleContaining("50%"), null, 20)))
                .containsExactly("The 50% Rule");
    }

    @Test
    @DisplayName("page after page by key reads every book once, in order, across the three books of 2010")
    void walk(SqlLog sql) {
        List<Book> read = new ArrayList<>();
        List<Book> page = shelf.search(BookFilter.any(), null, 4);
        while (!page.isEmpty()) {
            read.addAll(page);
            page = shelf.search(BookFilter.any(), BookKey.of(page.get(page.size() - 1)), 4);
        }
        assertThat(titles(read)).isEqualTo(Library.BY_YEAR);
        sql.expect("three pages and an empty one").selects(4);
    }

    @Test
    @DisplayName("a page that ends inside 2010 resumes inside 2010")
    void tieBreaker() {
        List<Book> firstNine = shelf.search(BookFilter.any(), null, 9);
        assertThat(firstNine.get(8).title()).isEqualTo("The 50% Rule");

        assertThat(titles(shelf.search(BookFilter.any(), BookKey.of(firstNine.get(8)), 9)))
                .containsExactly("500 Miles", "Snake_Case Stories");
    }

    @Test
    @DisplayName("a book added before the page boundary does not push a book read onto the next page")
    void stableWhileBooksArrive() {
        List<Book> first = shelf.search(BookFilter.any(), null, 4);
        library.book("Foundation", library.id("Frank Herbert"), 1950);

        assertThat(titles(shelf.search(BookFilter.any(), BookKey.of(first.get(3)), 4)))
                .containsExactly("Children of Dune", "Wow! Books", "Mort", "Small Gods");
    }

    @Test
    @DisplayName("the key and the filter together: Dana Tally's books after her first one of 2010")
    void keyAndFilter() {
        long tally = library.id("Dana Tally");
        BookKey after = new BookKey(2010, library.id("The 50% Rule"));

        assertThat(titles(shelf.search(BookFilter.any().byAuthor(tally), after, 20)))
                .containsExactly("500 Miles", "Snake_Case Stories");
        assertThat(db.queryForLong("select count(*) from book where published_year > 2010")).isZero();
    }
}

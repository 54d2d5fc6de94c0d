package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.AuthorBookCount;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookFilter;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.BookLine;
import dev.dbpatterns.querying.domain.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every Catalog adapter must answer, on every database, and in how many statements. A
 * subclass per style supplies the adapter; the docs' quick reference is made of these tests.
 */
@DatabaseTest
abstract class CatalogContract {
    protected Catalog catalog;
    protected Bookshelf shelf;

    protected abstract Catalog catalog(LessonDatabase db);

    @BeforeEach
    void openLibrary(LessonDatabase db) {
        this.catalog = catalog(db);
        this.shelf = Bookshelf.restock(db);
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    @Nested
    @DisplayName("quick reference")
    class QuickReference {
        @Test
        @DisplayName("select all: every author, by name, in one SELECT")
        void selectAll(SqlLog sql) {
            assertThat(catalog.allAuthors()).extracting(Author::name)
                    .containsExactly("Dana Tally", "Frank Herbert", "Terry Pratchett", "Ursula K. Le Guin");
            sql.expect().selects(1);
        }

        @Test
        @DisplayName("filter: books published 1965-1970, in one SELECT")
        void filter(SqlLog sql) {
            assertThat(titles(catalog.search(BookFilter.any().publishedBetween(1965, 1970))))
                    .containsExactly("Dune", "A Wizard of Earthsea", "The Left Hand of Darkness");
            sql.expect().selects(1);
        }

        @Test
        @DisplayName("first or none: an author by name, and a name nobody has")
        void firstOrNone(SqlLog sql) {
            assertThat(catalog.authorNamed("Frank Herbert")).map(Author::id).contains(shelf.id("Frank Herbert"));
            assertThat(catalog.authorNamed("Nobody")).isEmpty();
            sql.expect().selects(2);
        }

        @Test
        @DisplayName("count: the books of one author, counted by the database")
        void count(SqlLog sql) {
            assertThat(catalog.count(BookFilter.any().byAuthors(shelf.id("Ursula K. Le Guin")))).isEqualTo(3);
            sql.expect().selects(1);
            assertThat(sql.statements().get(0).sql()).containsIgnoringCase("count(");
        }

        @Test
        @DisplayName("join: every book with its author's name, as records, in one SELECT")
        void join(SqlLog sql) {
            List<BookLine> lines = catalog.bookLines();

            assertThat(lines).hasSize(Bookshelf.BOOKS)
                    .startsWith(new BookLine("500 Miles", "Dana Tally"))
                    .endsWith(new BookLine("The Left Hand of Darkness", "Ursula K. Le Guin"));
            sql.expect().selects(1);
        }

        @Test
        @DisplayName("eager load, joined: authors with their books in one SELECT")
        void eagerJoined(SqlLog sql) {
            List<Author> authors = catalog.authorsWithBooksJoined();

            sql.expect().selects(1);
            assertThat(authors).hasSize(Bookshelf.AUTHORS);
            assertThat(Bookshelf.titlesByAuthor(authors)).hasSize(Bookshelf.BOOKS)
                    .startsWith("Dana Tally: 500 Miles").endsWith("Ursula K. Le Guin: The Left Hand of Darkness");
        }

        @Test
        @DisplayName("eager load, select-in: authors, then all their books in one more SELECT")
        void eagerInTwoSelects(SqlLog sql) {
            List<Author> authors = catalog.authorsWithBooksInTwoSelects();

            sql.expect().selects(2);
            assertThat(authors).hasSize(Bookshelf.AUTHORS);
            assertThat(Bookshelf.titlesByAuthor(authors)).hasSize(Bookshelf.BOOKS)
                    .startsWith("Dana Tally: 500 Miles").endsWith("Ursula K. Le Guin: The Left Hand of Darkness");
        }
    }

    @Nested
    @DisplayName("filters")
    class Filters {
        @Test
        @DisplayName("no condition given: no WHERE, every book by year then id")
        void noCondition(SqlLog sql) {
            assertThat(titles(catalog.search(BookFilter.any()))).isEqualTo(Bookshelf.BY_YEAR);
            sql.expect().selects(1);
            assertThat(sql.statements().get(0).sql()).doesNotContainIgnoringCase("where");
        }

        @Test
        @DisplayName("title words are ORed, the other conditions ANDed with them")
        void orAndIn() {
            assertThat(titles(catalog.search(BookFilter.any().titleContainsAnyOf("Dune", "Gods"))))
                    .containsExactly("Dune", "Children of Dune", "Small Gods");
            assertThat(titles(catalog.search(BookFilter.any().titleContainsAnyOf("Dune", "Gods")
                    .byAuthors(shelf.id("Frank Herbert"), shelf.id("Dana Tally")).publishedBetween(1970, null))))
                    .containsExactly("Children of Dune");
        }

        @Test
        @DisplayName("a literal 50% finds The 50% Rule and not 500 Miles")
        void percentIsLiteral() {
            assertThat(titles(catalog.search(BookFilter.any().titleContainsAnyOf("50%")))).containsExactly("The 50% Rule");
            assertThat(catalog.count(BookFilter.any().titleContainsAnyOf("50%"))).isEqualTo(1);
        }

        @Test
        @DisplayName("a literal underscore finds the one title that has one")
        void underscoreIsLiteral() {
            assertThat(titles(catalog.search(BookFilter.any().titleContainsAnyOf("_")))).containsExactly("Snake_Case Stories");
        }
    }

    @Nested
    @DisplayName("aggregates and subqueries")
    class Aggregates {
        @Test
        @DisplayName("group by and having: authors with three books or more")
        void groupByHaving(SqlLog sql) {
            assertThat(catalog.authorsWithAtLeast(3)).containsExactly(
                    new AuthorBookCount("Dana Tally", 3), new AuthorBookCount("Ursula K. Le Guin", 3));
            assertThat(catalog.authorsWithAtLeast(2)).hasSize(4);
            sql.expect().selects(2);
        }

        @Test
        @DisplayName("exists: the authors with at least one reviewed book")
        void exists(SqlLog sql) {
            assertThat(catalog.authorsReviewed()).extracting(Author::name)
                    .containsExactly("Frank Herbert", "Terry Pratchett", "Ursula K. Le Guin");
            sql.expect().selects(1);
        }

        @Test
        @DisplayName("a scalar subquery: books dearer than the average (11.546)")
        void subquery(SqlLog sql) {
            assertThat(titles(catalog.pricedAboveAverage()))
                    .containsExactly("The 50% Rule", "Dune", "The Dispossessed", "The Left Hand of Darkness");
            sql.expect().selects(1);
        }
    }

    @Nested
    @DisplayName("paging, the shelf standing still")
    class Paging {
        @Test
        @DisplayName("offset pages and keyset pages both read every book once, a SELECT a page")
        void bothReadEverything(SqlLog sql) {
            List<Book> byOffset = new ArrayList<>();
            for (int offset = 0; offset < Bookshelf.BOOKS; offset += 4) {
                byOffset.addAll(catalog.pageAt(offset, 4));
            }
            List<Book> byKeyset = new ArrayList<>(catalog.pageAfter(null, 4));
            while (byKeyset.size() < Bookshelf.BOOKS) {
                byKeyset.addAll(catalog.pageAfter(BookKey.of(byKeyset.get(byKeyset.size() - 1)), 4));
            }
            assertThat(titles(byOffset)).isEqualTo(Bookshelf.BY_YEAR);
            assertThat(titles(byKeyset)).isEqualTo(Bookshelf.BY_YEAR);
            sql.expect().selects(6);
        }
    }
}

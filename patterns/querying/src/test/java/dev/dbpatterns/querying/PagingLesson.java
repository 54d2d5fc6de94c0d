package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.application.ShelfWalk;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.Catalog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages of four books by year then id, read while the shelf changes between pages. An offset
 * counts rows, so a row added or removed before it shifts every later page: a book is read twice
 * or never. A keyset seeks past the last key read, which no change elsewhere moves.
 */
@DatabaseTest
@DisplayName("Paging: offset against keyset while books come and go between pages")
class PagingLesson {
    private static final int PAGE = 4;
    private LessonDatabase db;
    private Bookshelf shelf;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        this.shelf = Bookshelf.restock(db);
        for (Style style : Style.values()) {
            style.catalog(db); // each framework starts (Hibernate reads the metadata) before the SQL is recorded
        }
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    /** After the first page, an older book (1950) arrives: it sorts before everything read. */
    private void olderBookAfterFirstPage(int read) {
        if (read == PAGE) {
            shelf.book("Foundation", shelf.id("Frank Herbert"), 1950, "5.00");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("a book added before the boundary: offset reads the last book of page 1 again")
    void offsetDuplicates(Style style, SqlLog sql) {
        List<String> read = titles(new ShelfWalk(style.catalog(db)).byOffset(PAGE, this::olderBookAfterFirstPage));

        assertThat(read).hasSize(Bookshelf.BOOKS + 1).doesNotContain("Foundation")
                .filteredOn("The Dispossessed"::equals).hasSize(2);
        sql.expect("three full pages and an empty one").selects(4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("the same addition: keyset reads every book once, the old ones in order")
    void keysetStaysStable(Style style, SqlLog sql) {
        List<String> read = titles(new ShelfWalk(style.catalog(db)).byKeyset(PAGE, this::olderBookAfterFirstPage));

        assertThat(read).isEqualTo(Bookshelf.BY_YEAR);
        sql.expect("three pages and an empty one").selects(4);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("a book of page 1 removed: offset skips the first book of page 2, keyset does not")
    void offsetSkips(Style style) {
        Runnable removeOneRead = () -> db.update("delete from book where title = ?", "The Left Hand of Darkness");
        List<String> byOffset = titles(new ShelfWalk(style.catalog(db))
                .byOffset(PAGE, read -> { if (read == PAGE) { removeOneRead.run(); } }));
        shelf = Bookshelf.restock(db);
        List<String> byKeyset = titles(new ShelfWalk(style.catalog(db))
                .byKeyset(PAGE, read -> { if (read == PAGE) { removeOneRead.run(); } }));

        assertThat(byOffset).hasSize(Bookshelf.BOOKS - 1).doesNotContain("Children of Dune");
        assertThat(byKeyset).isEqualTo(Bookshelf.BY_YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("the tie-breaker: a page ending inside 2010 resumes inside 2010, where 'year > 2010' finds nothing")
    void tieBreaker(Style style) {
        Catalog catalog = style.catalog(db);
        List<Book> firstEight = catalog.pageAfter(null, 8);
        BookKey last = BookKey.of(firstEight.get(7));

        assertThat(last.publishedYear()).isEqualTo(2010);
        assertThat(titles(catalog.pageAfter(last, 8))).containsExactly("500 Miles", "Snake_Case Stories");
        // Seeking by the year alone, as a key without the id would, skips both.
        assertThat(db.queryForLong("select count(*) from book where published_year > ?", 2010)).isZero();
    }
}

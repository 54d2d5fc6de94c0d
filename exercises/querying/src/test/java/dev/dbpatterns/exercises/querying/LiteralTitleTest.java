package dev.dbpatterns.exercises.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.exercises.querying.domain.Book;
import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.LikePattern;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** LikePattern, through the given MyBatis search: what a reader types is what is found. */
@DatabaseTest
@Tag("task-1")
@DisplayName("Task 1 · LIKE taken literally")
class LiteralTitleTest {
    private Shelf shelf;

    @BeforeEach
    void setUp(LessonDatabase db) {
        Library.restock(db);
        shelf = Style.MYBATIS.shelf(db);
    }

    private List<String> titlesContaining(String word) {
        return shelf.search(BookFilter.any().titleContaining(word), null, 20).stream().map(Book::title).toList();
    }

    @Test
    @DisplayName("a word is found anywhere in a title")
    void anywhere() {
        assertThat(titlesContaining("Dune")).containsExactly("Dune", "Children of Dune");
    }

    @Test
    @DisplayName("50% finds The 50% Rule, and not 500 Miles")
    void percent() {
        assertThat(titlesContaining("50%")).containsExactly("The 50% Rule");
    }

    @Test
    @DisplayName("an underscore finds the one title with an underscore")
    void underscore() {
        assertThat(titlesContaining("_")).containsExactly("Snake_Case Stories");
    }

    @Test
    @DisplayName("the escape character itself is taken literally: Wow! finds Wow! Books")
    void escapeCharacter() {
        assertThat(titlesContaining("Wow!")).containsExactly("Wow! Books");
    }

    @Test
    @DisplayName("the pattern itself: each special character escaped with !, the word wrapped in %")
    void pattern() {
        assertThat(LikePattern.containing("50%_!")).isEqualTo("%50!%!_!!%");
    }
}

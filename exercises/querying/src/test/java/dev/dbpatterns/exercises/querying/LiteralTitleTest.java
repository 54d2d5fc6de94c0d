package dev.dbpatterns.exercises.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.LikePattern;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** LikePattern, through the given MyBatis search: what a reader types is what is found, word by word. */
@DatabaseTest(migrations = "querying") // the querying pattern's library, authors and books
@Tag("task-1")
@DisplayName("Task 1 · LIKE taken literally")
class LiteralTitleTest {
    private Shelf shelf;

    @BeforeEach
    void setUp(LessonDatabase db) {
        Library.restock(db);
        shelf = Style.MYBATIS.shelf(db);
    }

    private List<String> titlesContaining(String words) {
        return shelf.search(BookFilter.any().titleContaining(words), null, 20).stream().map(Book::title).toList();
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
    @DisplayName("several words are found in the order typed, with anything between them: Left Darkness, not Darkness Left")
    void wordsInOrder() {
        assertThat(titlesContaining("Left Darkness")).containsExactly("The Left Hand of Darkness");
        assertThat(titlesContaining("Darkness Left")).isEmpty();
        assertThat(titlesContaining("50% Rule")).containsExactly("The 50% Rule");
    }

    @Test
    @DisplayName("the pattern itself: each special character escaped with !, each word between %, spaces around the words dropped")
    void pattern() {
        assertThat(LikePattern.containing("50%_!")).isEqualTo("%50!%!_!!%");
        assertThat(LikePattern.containing("  Left   Darkness ")).isEqualTo("%Left%Darkness%");
    }
}

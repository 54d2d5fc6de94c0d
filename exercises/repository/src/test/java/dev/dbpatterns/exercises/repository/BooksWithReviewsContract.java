package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Books with their reviews: parents with their children, loaded without the N+1 problem. */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class BooksWithReviewsContract {
    private Reviews reviews;

    protected abstract Reviews reviews(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.reviews = reviews(db);
        ReviewShelf.restock(db);
    }

    @Test
    @DisplayName("come by title, each with its reviews newest first, in a single SELECT")
    void oneSelect(SqlLog sql) {
        List<ReviewedBook> books = reviews.booksWithReviews();

        expectOneSelect(sql, books.stream().map(ReviewedBook::id).distinct().count() + " books with their reviews");
        assertThat(books).extracting(ReviewedBook::title)
                .containsExactly("Dune", "Pompeii", "Small Gods", "The Dispossessed");
        assertThat(reviewsOf(titled(books, "Dune"))).extracting(Review::reader).as("the reviews of Dune, newest first")
                .containsExactly("Cleo", "Ben", "Ada");
    }

    @Test
    @DisplayName("a book nobody reviewed comes too, with an empty list of reviews")
    void unreviewedBookComesEmpty() {
        List<ReviewedBook> books = reviews.booksWithReviews();

        assertThat(books).extracting(ReviewedBook::title).as("a book with no review must come too: join with LEFT join")
                .contains("Pompeii");
        assertThat(reviewsOf(titled(books, "Pompeii"))).as("the reviews of Pompeii").isEmpty();
    }

    @Test
    @DisplayName("every book comes once and every review once, readable after the session closed")
    void everyReviewLoadedOnce() {
        List<ReviewedBook> books = reviews.booksWithReviews();

        assertThat(books).extracting(ReviewedBook::title)
                .as("each book once, however many reviews it has: one object per book, not one per row")
                .doesNotHaveDuplicates();
        List<Review> all = books.stream().flatMap(book -> reviewsOf(book).stream()).toList();
        assertThat(all).extracting(Review::id).as("the ids of all reviews of all books").hasSize(ReviewShelf.REVIEWS)
                .doesNotHaveDuplicates();
    }

    private static ReviewedBook titled(List<ReviewedBook> books, String title) {
        return books.stream().filter(book -> book.title().equals(title)).findFirst().orElseThrow();
    }

    /** The SELECT count, with a failure message that names the N+1 problem when it is one. */
    private static void expectOneSelect(SqlLog sql, String loaded) {
        int selects = sql.count(SentStatement.Kind.SELECT);
        if (selects != 1) {
            String why = selects > 1
                    ? ": this is the N+1 problem, one SELECT for the books and then one more per book."
                    + " Join the reviews in the same SELECT (MyBatis: nested results; Hibernate: join fetch)"
                    : "";
            throw new AssertionFailedError("expected 1 SELECT for " + loaded + ", got " + selects + why
                    + "\nWhat was sent:\n" + sql.listing(), 1, selects);
        }
    }

    /** A book's reviews, with a clear word when they were left to load lazily after the session closed. */
    private static List<Review> reviewsOf(ReviewedBook book) {
        try {
            return List.copyOf(book.reviews());
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().equals("LazyInitializationException")) {
                throw new AssertionFailedError("the reviews of " + book.title() + " were not loaded while the session"
                        + " was open, and cannot be loaded after it closed (LazyInitializationException):"
                        + " fetch them in the same query", e);
            }
            throw e;
        }
    }
}

package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.exercises.repository.domain.DuplicateReviewException;
import dev.dbpatterns.exercises.repository.domain.PageRequest;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One review per reader and book: the database enforces it with a unique constraint, and each
 * adapter turns that database error into the domain's DuplicateReviewException.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class UniquenessContract {
    private Reviews reviews;
    private ReviewShelf shelf;
    private LessonDatabase db;

    protected abstract Reviews reviews(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.reviews = reviews(db);
        this.shelf = ReviewShelf.restock(db);
    }

    private Review adaAgainOn(String title) {
        return new Review(shelf.book(title), "Ada", 1, "I changed my mind.", LocalDate.of(2024, 7, 1));
    }

    @Test
    @DisplayName("a second review of a book by the same reader is refused with DuplicateReviewException")
    void secondReviewIsRefused() {
        assertThatThrownBy(() -> reviews.add(adaAgainOn("Dune")))
                .as("Ada reviews Dune a second time: the adapter must catch the database's unique violation "
                        + "(SQLState 23505; on MariaDB 23000 with error 1062) and throw the domain's exception")
                .isExactlyInstanceOf(DuplicateReviewException.class)
                .hasMessageContaining("Ada");
    }

    @Test
    @DisplayName("the refused review changes nothing: the first one stays as it was")
    void refusalChangesNothing() {
        try {
            reviews.add(adaAgainOn("Dune"));
        } catch (DuplicateReviewException expected) {
            // what the previous test asserts; here only the state afterwards matters
        }

        assertThat(db.rowCount("review")).as("reviews in the table").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(reviews.search(ReviewSearch.everything().containing("changed my mind"),
                PageRequest.first(10)).items())
                .as("reviews with the refused text").isEmpty();
    }

    @Test
    @DisplayName("the same reader may review another book, and another reader the same book")
    void otherPairsAreWelcome() {
        Review adaOnPompeii = reviews.add(adaAgainOn("Pompeii"));
        Review dmitriOnDune = reviews.add(new Review(shelf.book("Dune"), "Dmitri", 3, "Long.", LocalDate.of(2024, 7, 2)));

        assertThat(adaOnPompeii.id()).isNotNull();
        assertThat(dmitriOnDune.id()).isNotNull();
        assertThat(db.rowCount("review")).isEqualTo(ReviewShelf.REVIEWS + 2);
    }
}

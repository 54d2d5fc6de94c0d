package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.exercises.repository.domain.DuplicateReviewException;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.domain.PageRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One review per reader and book: the database enforces it with a unique constraint, and each
 * adapter turns that database error into the domain's DuplicateReviewException, and only that one:
 * another broken constraint is not a duplicate review and must reach the caller as it was.
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
        Throwable refused = catchThrowable(() -> reviews.add(adaAgainOn("Dune")));

        assertThat(refused)
                .as("Ada reviews Dune a second time: the adapter must catch the database's unique violation "
                        + "(SQLState 23505; on MariaDB 23000 with error 1062) and throw the domain's exception")
                .isExactlyInstanceOf(DuplicateReviewException.class);
        DuplicateReviewException duplicate = (DuplicateReviewException) refused;
        assertThat(duplicate.bookId()).as("the book of the refused review").isEqualTo(shelf.book("Dune"));
        assertThat(duplicate.reader()).as("the reader of the refused review").isEqualTo("Ada");
        assertThat(DriverErrors.sqlState(duplicate))
                .as("the database's own error, kept as the cause: the log needs what the database said")
                .isEqualTo(DriverErrors.uniqueViolation(db.target()));
    }

    @Test
    @DisplayName("the refused review changes nothing: the first one stays as it was, and the connection goes back")
    void refusalChangesNothing() {
        try {
            reviews.add(adaAgainOn("Dune"));
        } catch (DuplicateReviewException expected) {
            // what the previous test asserts; here only the state afterwards matters
        }

        assertThat(db.activeConnections()).as("connections in use after the refusal: close the session however "
                + "the call ends (try-with-resources)").isZero();
        assertThat(db.rowCount("review")).as("reviews in the table").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(shelf.readBack(shelf.stored("Ada on Dune").id())).as("Ada's first review of Dune")
                .contains(shelf.stored("Ada on Dune"));
        assertThat(reviews.search(ReviewSearch.everything().containing("changed my mind"),
                PageRequest.first(10)).items())
                .as("reviews with the refused text").isEmpty();
    }

    @Test
    @DisplayName("another broken constraint is not a duplicate review: a review of a book that does not exist fails as it was")
    void otherConstraintIsNotADuplicate() {
        long noSuchBook = shelf.book("Pompeii") + 1000;

        Throwable refused = catchThrowable(() -> reviews.add(
                new Review(noSuchBook, "Ada", 4, "Which book was that?", LocalDate.of(2024, 7, 3))));
        if (refused instanceof UnsupportedOperationException todo) {
            throw todo; // a TODO still in add() shows as itself, not as a wrong database error
        }

        assertThat(refused).as("a review of book %d, which does not exist: the database refuses it (foreign key), "
                + "and only a unique violation is a duplicate review", noSuchBook)
                .isNotNull()
                .isNotInstanceOf(DuplicateReviewException.class);
        assertThat(DriverErrors.sqlState(refused))
                .as("the database's error, passed on as it was (rethrow what is not a duplicate)")
                .startsWith("23");
        assertThat(db.activeConnections()).as("connections in use after the failed add").isZero();
        assertThat(db.rowCount("review")).as("reviews in the table").isEqualTo(ReviewShelf.REVIEWS);
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

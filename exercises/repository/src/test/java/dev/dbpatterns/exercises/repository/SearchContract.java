package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.domain.Page;
import dev.dbpatterns.exercises.repository.domain.PageRequest;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Searching reviews with conditions combined by AND and OR, a page at a time. */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class SearchContract {
    private static final ReviewSearch EVERYTHING = ReviewSearch.everything();

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

    private List<String> found(ReviewSearch search) {
        return described(reviews.search(search, PageRequest.first(PageRequest.MAX_SIZE)));
    }

    private List<String> described(Page<Review> page) {
        return page.items().stream().map(shelf::describe).toList();
    }

    @Test
    @DisplayName("with no condition, every review comes, best rated first and by id among equals")
    void everythingBestFirst() {
        assertThat(found(EVERYTHING)).containsExactly("Ada on Dune", "Ben on The Dispossessed", "Cleo on Dune",
                "Ada on Small Gods", "Ben on Dune", "Dmitri on Small Gods", "Cleo on The Dispossessed");
    }

    @Test
    @DisplayName("the text may be in the review OR in the reader's name, in any case")
    void textInReviewOrReader() {
        assertThat(found(EVERYTHING.containing("GREAT"))).as("'GREAT' in the text of the review")
                .containsExactly("Ben on The Dispossessed", "Ben on Dune");
        assertThat(found(EVERYTHING.containing("ada"))).as("'ada' in the reader's name")
                .containsExactly("Ada on Dune", "Ada on Small Gods");
    }

    @Test
    @DisplayName("a list of books means any of them (OR)")
    void booksAreAlternatives() {
        assertThat(found(EVERYTHING.about(shelf.book("Small Gods"), shelf.book("The Dispossessed"))))
                .containsExactly("Ben on The Dispossessed", "Ada on Small Gods", "Dmitri on Small Gods",
                        "Cleo on The Dispossessed");
    }

    @Test
    @DisplayName("a minimum rating keeps the reviews rated at least that")
    void minimumRating() {
        assertThat(found(EVERYTHING.ratedAtLeast(4)))
                .containsExactly("Ada on Dune", "Ben on The Dispossessed", "Cleo on Dune", "Ada on Small Gods");
    }

    @Test
    @DisplayName("different conditions must all hold (AND)")
    void conditionsAreCombined() {
        ReviewSearch slowButLiked = EVERYTHING.containing("slow")
                .about(shelf.book("Dune"), shelf.book("The Dispossessed")).ratedAtLeast(2);
        assertThat(found(slowButLiked)).containsExactly("Ben on Dune");
        assertThat(found(EVERYTHING.containing("ada").about(shelf.book("Dune")))).containsExactly("Ada on Dune");
    }

    @Test
    @DisplayName("a page holds its share of the results and knows how many match in all")
    void pages() {
        Page<Review> first = reviews.search(EVERYTHING, new PageRequest(0, 3));
        Page<Review> last = reviews.search(EVERYTHING, new PageRequest(2, 3));
        Page<Review> ofDune = reviews.search(EVERYTHING.about(shelf.book("Dune")), PageRequest.first(2));

        assertThat(described(first)).containsExactly("Ada on Dune", "Ben on The Dispossessed", "Cleo on Dune");
        assertThat(described(last)).containsExactly("Cleo on The Dispossessed");
        assertThat(first.totalItems()).as("matching reviews on all pages").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(described(ofDune)).containsExactly("Ada on Dune", "Cleo on Dune");
        assertThat(ofDune.totalItems()).as("reviews of Dune on all pages: the count has the conditions too")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("a page past the end is empty, not an error, and still knows the total")
    void pagePastTheEnd() {
        Page<Review> page = reviews.search(EVERYTHING, new PageRequest(5, 3));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(ReviewShelf.REVIEWS);
    }

    @Test
    @DisplayName("text typed by a visitor is bound as a parameter: hostile input finds nothing and changes nothing")
    void hostileTextIsOnlyText(SqlLog sql) {
        String hostile = "' OR '1'='1";

        assertThat(found(EVERYTHING.containing(hostile))).isEmpty();

        assertThat(db.rowCount("review")).as("reviews left").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(sql.statements()).as("the text travels as a value (#{} in MyBatis), never inside the SQL")
                .allSatisfy(sent -> assertThat(sent.sql()).doesNotContain(hostile));
    }
}

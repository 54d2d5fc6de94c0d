package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.ReviewShelf.Row;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Searching reviews with conditions combined by AND and OR, a page at a time. Every review found
 * is compared field by field with what was stored: a search that maps a column wrong fails here,
 * not only in findById.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class SearchContract {
    private static final ReviewSearch EVERYTHING = ReviewSearch.everything();
    /** ORDER BY rating DESC, then id ascending: the order the port promises, ties included. */
    private static final Pattern BEST_FIRST_THEN_ID = Pattern.compile(
            "order by\\s+(\\w+\\.)?rating\\s+desc\\s*,\\s*(\\w+\\.)?id\\b(?!\\s+desc)", Pattern.CASE_INSENSITIVE);

    private static final Comparator<Row> PROMISED_ORDER = Comparator.comparingInt(Row::rating).reversed()
            .thenComparing(Row::id, Comparator.nullsLast(Comparator.naturalOrder()));

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

    /** Everything the search finds, on one page; its count must agree, so it has the same conditions. */
    private List<Row> found(ReviewSearch search) {
        Page<Review> page = reviews.search(search, PageRequest.first(PageRequest.MAX_SIZE));
        assertThat(page.totalItems()).as("the count of %s: the count query needs the same conditions as the search",
                search).isEqualTo(page.items().size());
        return shelf.rows(page.items());
    }

    /**
     * The whole result: exactly the expected reviews, best rated first. Among reviews rated the same,
     * the order is the tie-breaker's to decide, and without it the database decides, differently from
     * run to run: a test here would pass or fail by chance, and the same submission must get the same
     * report every time. {@link #orderIsRatingThenId} checks the tie-breaker where that is certain, in
     * the SQL. A failure never quotes the rows as they came: a wrong order is named, a wrong set is
     * shown sorted.
     */
    private static void assertInOrder(String what, List<Row> found, List<Row> expected) {
        List<Row> foundSorted = found.stream().sorted(PROMISED_ORDER).toList();
        if (foundSorted.equals(expected) && !ratings(found).equals(ratings(expected))) {
            throw new AssertionError("[" + what + "] the right reviews, in another order: best rated first"
                    + " (order by rating desc, then id)");
        }
        assertThat(foundSorted).as("%s (listed best rated first, then by id)", what).containsExactlyElementsOf(expected);
    }

    /**
     * One page: the expected reviews, unless the page's edge falls among reviews rated the same; which
     * of those it holds is the tie-breaker's to decide too (see above). Any of them will do, as long as
     * each is a review as stored, none comes twice, and the ratings come best first.
     */
    private void assertPage(String what, List<Row> found, List<Row> expected) {
        boolean tiesOnly = ratings(found).equals(ratings(expected)) && shelf.stored().containsAll(found)
                && found.stream().distinct().count() == found.size();
        if (!tiesOnly) {
            assertInOrder(what, found, expected);
        }
    }

    private static List<Integer> ratings(List<Row> rows) {
        return rows.stream().map(Row::rating).toList();
    }

    @Test
    @DisplayName("a search gives its connection back to the pool")
    void searchGivesTheConnectionBack() {
        found(EVERYTHING.containing("slow"));

        assertThat(db.activeConnections()).as("connections still in use after the search: close the session")
                .isZero();
    }

    @Test
    @DisplayName("with no condition, every review comes, every field as stored, best rated first")
    void everythingBestFirst() {
        assertInOrder("every review, each field as stored (a wrong or null field: check the mapping)", found(EVERYTHING),
                shelf.stored("Ben on The Dispossessed", "Ada on Dune", "Cleo on Dune", "Ada on Small Gods",
                        "Ben on Dune", "Dmitri on Small Gods", "Eve on Dune", "Cleo on The Dispossessed"));
    }

    @Test
    @DisplayName("the text may be in the review OR in the reader's name, in any case")
    void textInReviewOrReader() {
        assertInOrder("'GREAT' in the text of the review", found(EVERYTHING.containing("GREAT")),
                shelf.stored("Ben on The Dispossessed", "Ben on Dune"));
        assertInOrder("'ada' in the reader's name", found(EVERYTHING.containing("ada")),
                shelf.stored("Ada on Dune", "Ada on Small Gods"));
    }

    @Test
    @DisplayName("a list of books means any of them (OR), still best rated first")
    void booksAreAlternatives() {
        assertInOrder("the reviews of Dune and The Dispossessed",
                found(EVERYTHING.about(shelf.book("Dune"), shelf.book("The Dispossessed"))),
                shelf.stored("Ben on The Dispossessed", "Ada on Dune", "Cleo on Dune", "Ben on Dune", "Eve on Dune",
                        "Cleo on The Dispossessed"));
    }

    @Test
    @DisplayName("a minimum rating keeps the reviews rated at least that")
    void minimumRating() {
        assertInOrder("the reviews rated 4 or 5", found(EVERYTHING.ratedAtLeast(4)),
                shelf.stored("Ben on The Dispossessed", "Ada on Dune", "Cleo on Dune", "Ada on Small Gods"));
    }

    @Test
    @DisplayName("different conditions must all hold (AND)")
    void conditionsAreCombined() {
        ReviewSearch slowButLiked = EVERYTHING.containing("slow")
                .about(shelf.book("Dune"), shelf.book("The Dispossessed")).ratedAtLeast(2);
        assertInOrder("reviews with 'slow', of Dune or The Dispossessed, rated at least 2", found(slowButLiked),
                List.of(shelf.stored("Ben on Dune")));
        assertInOrder("reviews with 'ada', of Dune", found(EVERYTHING.containing("ada").about(shelf.book("Dune"))),
                List.of(shelf.stored("Ada on Dune")));
    }

    @Test
    @DisplayName("the order is in the SQL: rating descending, then id, so that equals come in the same order every time")
    void orderIsRatingThenId(SqlLog sql) {
        found(EVERYTHING.about(shelf.book("Small Gods")));

        List<SentStatement> ordered = sql.statements().stream()
                .filter(sent -> sent.sql().toLowerCase().contains("order by")).toList();
        assertThat(ordered).as("the SELECTs with an ORDER BY: the search's one").hasSize(1);
        assertThat(ordered.get(0).sql())
                .as("without id after rating, reviews rated the same come in whatever order the database meets them")
                .containsPattern(BEST_FIRST_THEN_ID);
    }

    @Test
    @DisplayName("a page holds its share of the results and knows how many match in all")
    void pages() {
        Page<Review> first = reviews.search(EVERYTHING, new PageRequest(0, 3));
        Page<Review> last = reviews.search(EVERYTHING, new PageRequest(2, 3));
        Page<Review> ofDune = reviews.search(EVERYTHING.about(shelf.book("Dune")), PageRequest.first(2));

        assertPage("the first page of 3", shelf.rows(first.items()),
                shelf.stored("Ben on The Dispossessed", "Ada on Dune", "Cleo on Dune"));
        assertPage("the third page of 3", shelf.rows(last.items()),
                shelf.stored("Eve on Dune", "Cleo on The Dispossessed"));
        assertThat(first.totalItems()).as("matching reviews on all pages").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(first.totalPages()).isEqualTo(3);
        assertPage("the first page of 2 of Dune's reviews", shelf.rows(ofDune.items()),
                shelf.stored("Ada on Dune", "Cleo on Dune"));
        assertThat(ofDune.totalItems()).as("reviews of Dune on all pages: the count has the conditions too")
                .isEqualTo(4);
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
        // Lower case, so that lowering it for LIKE does not hide it from the check on the SQL text.
        String hostile = "' or '1'='1";
        ReviewSearch search = EVERYTHING.containing(hostile);

        assertThat(found(search)).isEmpty();

        assertThat(db.rowCount("review")).as("reviews left").isEqualTo(ReviewShelf.REVIEWS);
        assertThat(sql.statements()).as("the text travels as a value (#{} in MyBatis), never inside the SQL")
                .allSatisfy(sent -> assertThat(sent.sql()).doesNotContain(hostile))
                .filteredOn(sent -> sent.kind() == SentStatement.Kind.SELECT).isNotEmpty()
                .allSatisfy(sent -> assertThat(sent.parameterSets()).as("the values bound to " + sent.sql())
                        .anySatisfy(values -> assertThat(values).contains(search.textAsLikePattern())));
    }
}

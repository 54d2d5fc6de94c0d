package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.ReviewShelf.Book;
import dev.dbpatterns.exercises.repository.ReviewShelf.Row;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Books with their reviews: parents with their children, loaded without the N+1 problem. */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class BooksWithReviewsContract {
    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::postedOn, Comparator.reverseOrder())
            .thenComparing(Row::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Newest first, and by id among the reviews of the same day: the order ReviewedBook.reviews promises. */
    private static final Pattern NEWEST_FIRST_THEN_ID = Pattern.compile(
            "(\\w+\\.)?(review_)?posted_on\\s+desc\\s*,\\s*(\\w+\\.)?(review_)?id\\b(?!\\s+desc)",
            Pattern.CASE_INSENSITIVE);

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

    @Test
    @DisplayName("come by title, each with its reviews newest first, in a single SELECT")
    void oneSelect(SqlLog sql) {
        List<ReviewedBook> books = reviews.booksWithReviews();

        expectOneSelect(sql, books.stream().map(ReviewedBook::id).distinct().count() + " books with their reviews");
        assertThat(books).extracting(book -> new Book(book.id(), book.title()))
                .as("the books by title, each field as stored")
                .containsExactly(shelf.bookTitled("Dune"), shelf.bookTitled("Pompeii"), shelf.bookTitled("Small Gods"),
                        shelf.bookTitled("The Dispossessed"));
    }

    @Test
    @DisplayName("loading the books gives the connection back to the pool")
    void connectionGoesBack() {
        reviews.booksWithReviews();

        assertThat(db.activeConnections()).as("connections in use after booksWithReviews: close the session").isZero();
    }

    @Test
    @DisplayName("each book's reviews come newest first, every field as stored")
    void reviewsNewestFirst() {
        List<ReviewedBook> books = reviews.booksWithReviews();

        assertNewestFirst("the reviews of Dune", shelf.rows(reviewsOf(titled(books, "Dune"))),
                shelf.stored("Cleo on Dune", "Ben on Dune", "Eve on Dune", "Ada on Dune"));
        assertNewestFirst("the reviews of Small Gods", shelf.rows(reviewsOf(titled(books, "Small Gods"))),
                shelf.stored("Dmitri on Small Gods", "Ada on Small Gods"));
        assertNewestFirst("the reviews of The Dispossessed", shelf.rows(reviewsOf(titled(books, "The Dispossessed"))),
                shelf.stored("Cleo on The Dispossessed", "Ben on The Dispossessed"));
    }

    /**
     * Exactly the expected reviews, newest first. Among reviews of the same day (Ben's and Eve's of
     * Dune) the order is the tie-breaker's to decide, and without it the database decides, differently
     * from run to run; {@link #reviewOrderIsInTheSql} checks the tie-breaker in the SQL, where that is
     * certain, so that the same submission gets the same report every time. A failure never quotes
     * the rows as they came: a wrong order is named, a wrong set is shown sorted.
     */
    private static void assertNewestFirst(String what, List<Row> found, List<Row> expected) {
        List<Row> foundSorted = found.stream().sorted(NEWEST_FIRST).toList();
        if (foundSorted.equals(expected) && !days(found).equals(days(expected))) {
            throw new AssertionError("[" + what + "] the right reviews, in another order: newest first"
                    + " (order by posted_on desc, then id)");
        }
        assertThat(foundSorted).as("%s (listed newest first, then by id)", what).containsExactlyElementsOf(expected);
    }

    private static List<LocalDate> days(List<Row> rows) {
        return rows.stream().map(Row::postedOn).toList();
    }

    @Test
    @DisplayName("the order of the reviews is in the SQL: newest first, then by id for the same day")
    void reviewOrderIsInTheSql(SqlLog sql) {
        reviews.booksWithReviews();

        assertThat(sql.statements()).filteredOn(sent -> sent.kind() == SentStatement.Kind.SELECT).isNotEmpty()
                .allSatisfy(select -> assertThat(select.sql())
                        .as("reviews of the same day come in whatever order the database meets them, unless id follows")
                        .containsPattern(NEWEST_FIRST_THEN_ID));
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

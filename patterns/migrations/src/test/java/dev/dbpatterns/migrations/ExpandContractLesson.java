package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.migrations.Outcome.Verdict;
import dev.dbpatterns.migrations.releases.Listing;
import dev.dbpatterns.migrations.releases.RunningRelease;
import dev.dbpatterns.migrations.releases.Style;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renaming book.title to book.name while the catalogue keeps running. One step breaks the running
 * release (N, this module's, which reads and writes title) the moment it is applied. Expand and
 * contract splits it over three releases and three steps: V3 expands (adds name, lets title be
 * empty), N+1 writes both and reads the name else the title, V4 backfills once N is gone, N+2
 * uses name alone, and V5 contracts (drops title) once N+1 is gone. The compatibility matrix runs
 * every release, in both styles, against the schema after each step; the deployment runs the
 * releases each step has beside it and checks that they read each other's books.
 */
@DatabaseTest(migrate = false)
@DisplayName("Expand/contract: a column renamed in one step breaks the running release; expand, backfill, contract keep every release that runs beside a step working")
class ExpandContractLesson {
    /** The schema after each step, V2 being release N's own. */
    enum Step {
        V2("release N's schema"), V3("expand"), V4("backfill"), V5("contract");

        final String summary;

        Step(String summary) {
            this.summary = summary;
        }

        String row(Release release) {
            return "after " + name() + " (" + summary + "): " + release.title();
        }
    }

    // tag::expected[]
    /** Which releases work after each step, in either style. */
    private static final Map<Step, Map<Release, Verdict>> EXPECTED = new EnumMap<>(Map.of(
            Step.V2, verdicts(Verdict.WORKS, Verdict.DOES_NOT_START, Verdict.DOES_NOT_START),
            // N+2 starts and adds, but the old book has no name until the backfill.
            Step.V3, verdicts(Verdict.WORKS, Verdict.WORKS, Verdict.READS_OLD_BOOK_WRONG),
            Step.V4, verdicts(Verdict.WORKS, Verdict.WORKS, Verdict.WORKS),
            Step.V5, verdicts(Verdict.DOES_NOT_START, Verdict.DOES_NOT_START, Verdict.WORKS)));
    // end::expected[]

    static final ObservedTable MATRIX = new ObservedTable(ExpandContractLesson.class, "matrix.adoc",
            "Each release after each step of the rename, as observed", "schema after, release",
            Arrays.stream(Step.values()).flatMap(step -> Arrays.stream(Release.values()).map(step::row)).toList());

    private static final Listing OLD_BOOK = Listing.of("978-0141439518", "Pride and Prejudice", "fiction");

    private LessonDatabase db;
    private Listing oldBook;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        LessonFlyway.clean(db);
        LessonFlyway.module(db).load().migrate(); // release N's schema: V1, V2
        oldBook = OLD_BOOK.withId(db.insert("insert into book (isbn, title, shelf) values (?, ?, ?)",
                OLD_BOOK.isbn(), OLD_BOOK.name(), OLD_BOOK.shelf()));
    }

    private static Map<Release, Verdict> verdicts(Verdict n, Verdict writesBoth, Verdict renamed) {
        return new EnumMap<>(Map.of(Release.N, n, Release.WRITES_BOTH, writesBoth, Release.RENAMED, renamed));
    }

    private void migrateTo(Step step) {
        if (step != Step.V2) {
            LessonFlyway.module(db, LessonFlyway.perDatabase(db, "expand/steps")).target(step.name().substring(1)).load().migrate();
        }
    }

    private RunningRelease start(Release release, Style style) {
        return release.start(style, db.unrecordedDataSource());
    }

    // tag::one-step[]
    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("renamed in one step: release N works before, and does not start after, naming title")
    void oneStepBreaks(Style style) {
        assertThat(Compatibility.check(Release.N, style, db.unrecordedDataSource(), "before", oldBook).verdict()).isEqualTo(Verdict.WORKS);

        LessonFlyway.module(db, "expand/rename").target("3").load().migrate();

        Outcome after = Compatibility.check(Release.N, style, db.unrecordedDataSource(), "after", oldBook);
        assertThat(after.verdict()).isEqualTo(Verdict.DOES_NOT_START);
        assertThat(after.detail()).containsIgnoringCase(style == Style.HIBERNATE ? "title" : "byIsbn");
    }
    // end::one-step[]

    // tag::matrix[]
    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("the matrix: each release after each step; N runs until the backfill, N+1 from the expand to the contract, N+2 from the backfill on")
    void matrix(Style style) {
        Map<Step, Map<Release, Verdict>> observed = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            migrateTo(step);
            for (Release release : Release.values()) {
                String isbn = step + " " + release + " " + style; // one new book per cell
                Outcome outcome = Compatibility.check(release, style, db.unrecordedDataSource(), isbn, oldBook);
                MATRIX.record(db.target(), style.toString(), step.row(release), outcome.cell());
                observed.computeIfAbsent(step, key -> new EnumMap<>(Release.class)).put(release, outcome.verdict());
            }
        }
        assertThat(observed).isEqualTo(EXPECTED);
    }
    // end::matrix[]

    // tag::deployment[]
    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("the deployment: the releases beside each step read each other's books, and after the contract every book has its name")
    void deployment(Style style) {
        Listing emma = Listing.of("by N", "Emma", "fiction");
        Listing persuasion = Listing.of("by N+1 at V3", "Persuasion", "fiction");
        Listing mansfield = Listing.of("by N+2", "Mansfield Park", "fiction");
        Listing sanditon = Listing.of("by N+1 at V4", "Sanditon", "fiction");

        migrateTo(Step.V3);
        try (RunningRelease n = start(Release.N, style); RunningRelease writesBoth = start(Release.WRITES_BOTH, style)) {
            emma = emma.withId(n.add(emma));
            persuasion = persuasion.withId(writesBoth.add(persuasion));
            assertThat(writesBoth.byIsbn(emma.isbn())).as("N+1 reads N's book: its name is the title").contains(emma);
            assertThat(n.byIsbn(persuasion.isbn())).as("N reads N+1's book: it wrote the title too").contains(persuasion);
        }

        migrateTo(Step.V4); // N is gone: every release left writes name
        try (RunningRelease writesBoth = start(Release.WRITES_BOTH, style); RunningRelease renamed = start(Release.RENAMED, style)) {
            mansfield = mansfield.withId(renamed.add(mansfield));
            sanditon = sanditon.withId(writesBoth.add(sanditon));
            assertThat(renamed.byIsbn(emma.isbn())).as("N+2 reads N's book, named by the backfill").contains(emma);
            assertThat(writesBoth.byIsbn(mansfield.isbn())).as("N+1 reads N+2's book, which has no title").contains(mansfield);
            assertThat(renamed.byIsbn(sanditon.isbn())).as("N+2 reads N+1's book").contains(sanditon);
        }

        migrateTo(Step.V5); // N+1 is gone
        try (RunningRelease renamed = start(Release.RENAMED, style)) {
            for (Listing book : List.of(oldBook, emma, persuasion, mansfield, sanditon)) {
                assertThat(renamed.byIsbn(book.isbn())).as("after the contract").contains(book);
            }
        }
        assertThat(db.queryForLong("select count(*) from book where name is null")).isZero();
    }
    // end::deployment[]

    // tag::too-early[]
    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("release N still running after the backfill: its new books have no name, and the contract drops their titles")
    void backfillBeforeReleaseNIsGone(Style style) {
        migrateTo(Step.V3);
        migrateTo(Step.V4);
        Listing emma = Listing.of("by N at V4", "Emma", "fiction");
        try (RunningRelease n = start(Release.N, style)) {
            emma = emma.withId(n.add(emma));
        }

        migrateTo(Step.V5);
        try (RunningRelease renamed = start(Release.RENAMED, style)) {
            assertThat(renamed.byIsbn(oldBook.isbn())).as("a book from before the backfill").contains(oldBook);
            assertThat(renamed.byIsbn(emma.isbn())).as("N's book from after the backfill: its title is gone, and it never had a name")
                    .contains(new Listing(emma.id(), emma.isbn(), null, emma.shelf()));
        }
    }
    // end::too-early[]
}

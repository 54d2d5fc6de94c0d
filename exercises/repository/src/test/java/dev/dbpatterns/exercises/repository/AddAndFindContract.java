package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.ReviewShelf.Row;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Adding a review and finding it again by id: what both adapters must do, on every database. The
 * round trip alone would let a mistake made twice pass (a column swapped in the insert and again in
 * the result map), so each half is also checked against what plain JDBC wrote or reads.
 */
@DatabaseTest
// Inherited tests run in the order written here, the order a learner meets them.
abstract class AddAndFindContract {
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

    /** A quote in the text: SQL pasted together by hand breaks on it; bound values do not. */
    private Review dmitriOnDune() {
        return new Review(shelf.book("Dune"), "Dmitri", 4, "Politics, ecology and sand: it's all there.",
                LocalDate.of(2024, 6, 1));
    }

    private Row dmitriOnDuneAsStored(long id) {
        Row written = shelf.row(dmitriOnDune());
        return new Row(written.about(), id, written.bookId(), written.reader(), written.rating(), written.text(),
                written.postedOn());
    }

    @Test
    @DisplayName("an added review gets an id, and finding that id returns every field as it was added")
    void addsAndFinds() {
        Review added = reviews.add(dmitriOnDune());

        assertThat(added.id()).as("the id the database generated, filled in by add").isNotNull();
        assertThat(reviews.findById(added.id()).map(shelf::row)).as("the review found by its id, field by field")
                .contains(dmitriOnDuneAsStored(added.id()));
    }

    @Test
    @DisplayName("adding and finding give their connection back to the pool")
    void connectionsGoBack() {
        long id = reviews.add(dmitriOnDune()).id();
        assertThat(db.activeConnections()).as("connections in use after add: close the session").isZero();

        reviews.findById(id);
        reviews.findById(-1);
        assertThat(db.activeConnections()).as("connections in use after findById: close the session").isZero();
    }

    @Test
    @DisplayName("adding writes each field to its own column, as plain SQL reads them back")
    void addWritesEveryColumn() {
        Review added = reviews.add(dmitriOnDune());

        assertThat(shelf.readBack(added.id())).as("the row the INSERT wrote: book_id, reader, rating, body, posted_on")
                .contains(dmitriOnDuneAsStored(added.id()));
    }

    @Test
    @DisplayName("adding sends one INSERT with every value bound, and commits it")
    void addingIsOneInsert(SqlLog sql) {
        Review review = dmitriOnDune();
        reviews.add(review);

        sql.expect("adding one review").inserts(1).commits(1);
        assertThat(sql.statements()).filteredOn(sent -> sent.kind() == SentStatement.Kind.INSERT).singleElement()
                .satisfies(insert -> assertThat(insert.parameterSets()).as("the values bound to " + insert.sql())
                        .singleElement().satisfies(values -> assertThat(values).contains(review.reader(), review.text())));
        assertThat(db.rowCount("review")).as("reviews in the table, counted from another connection after add returned")
                .isEqualTo(ReviewShelf.REVIEWS + 1);
    }

    @Test
    @DisplayName("finding a review stored earlier returns every field as the table holds it")
    void findsWhatWasStored() {
        for (Row stored : shelf.stored()) {
            assertThat(reviews.findById(stored.id()).map(shelf::row)).as("review %d, field by field", stored.id())
                    .contains(stored);
        }
    }

    @Test
    @DisplayName("finding an id that does not exist returns an empty Optional, not null or an exception")
    void findsNothingForUnknownId() {
        assertThat(reviews.findById(-1)).isEmpty();
    }

    @Test
    @DisplayName("finding by id sends one SELECT, with the id bound as a parameter")
    void findingIsOneSelect(SqlLog sql) {
        long id = reviews.add(dmitriOnDune()).id();
        sql.reset();

        reviews.findById(id);

        sql.expect("finding one review by id").selects(1).statements(1);
        assertThat(sql.statements().get(0).parameterSets()).as("the values bound to the SELECT")
                .containsExactly(List.of(id));
    }
}

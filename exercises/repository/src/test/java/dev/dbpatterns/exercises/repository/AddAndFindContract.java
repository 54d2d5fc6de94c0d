package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Adding a review and finding it again by id: what both adapters must do, on every database. */
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

    private Review dmitriOnDune() {
        return new Review(shelf.book("Dune"), "Dmitri", 4, "Politics, ecology and sand.", LocalDate.of(2024, 6, 1));
    }

    @Test
    @DisplayName("an added review gets an id, and finding that id returns every field as it was added")
    void addsAndFinds() {
        Review added = reviews.add(dmitriOnDune());

        assertThat(added.id()).as("the id the database generated, filled in by add").isNotNull();
        assertThat(reviews.findById(added.id())).as("the review found by its id").hasValueSatisfying(found -> {
            assertThat(found.bookId()).isEqualTo(shelf.book("Dune"));
            assertThat(found.reader()).isEqualTo("Dmitri");
            assertThat(found.rating()).isEqualTo(4);
            assertThat(found.text()).isEqualTo("Politics, ecology and sand.");
            assertThat(found.postedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        });
    }

    @Test
    @DisplayName("adding sends one INSERT and commits it")
    void addingIsOneInsert(SqlLog sql) {
        reviews.add(dmitriOnDune());

        sql.expect("adding one review").inserts(1).commits(1);
        assertThat(db.rowCount("review")).as("reviews in the table").isEqualTo(ReviewShelf.REVIEWS + 1);
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

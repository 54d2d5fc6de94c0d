package dev.dbpatterns.exercises.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.exercises.repository.domain.DuplicateReviewException;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisReviews;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MyBatis hands over the driver's SQLException, and the adapter decides from its SQLState and
 * vendor code whether it is a unique violation. Each database says it differently, and the
 * database a grade runs on raises only its own codes: so every database's answer is played to
 * the adapter here, on whichever database the test runs.
 */
@Tag("task-4")
@DisplayName("Task 4 · MyBatis: telling a unique violation from other errors by every database's codes")
@DatabaseTest
class MyBatisDriverCodesTest {

    /** What each database says when an INSERT breaks a constraint (checked against the real one below). */
    enum Refusal {
        H2_UNIQUE(DatabaseTarget.H2, "23505", 23505, true),
        POSTGRES_UNIQUE(DatabaseTarget.POSTGRES, "23505", 0, true),
        MARIADB_UNIQUE(DatabaseTarget.MARIADB, "23000", 1062, true),
        H2_FOREIGN_KEY(DatabaseTarget.H2, "23506", 23506, false),
        POSTGRES_FOREIGN_KEY(DatabaseTarget.POSTGRES, "23503", 0, false),
        MARIADB_FOREIGN_KEY(DatabaseTarget.MARIADB, "23000", 1452, false),
        H2_CHECK(DatabaseTarget.H2, "23513", 23513, false),
        POSTGRES_CHECK(DatabaseTarget.POSTGRES, "23514", 0, false),
        MARIADB_CHECK(DatabaseTarget.MARIADB, "23000", 4025, false),
        H2_NOT_NULL(DatabaseTarget.H2, "23502", 23502, false),
        POSTGRES_NOT_NULL(DatabaseTarget.POSTGRES, "23502", 0, false),
        MARIADB_NOT_NULL(DatabaseTarget.MARIADB, "23000", 1048, false);

        final DatabaseTarget database;
        final String sqlState;
        final int vendorCode;
        final boolean isDuplicate;

        Refusal(DatabaseTarget database, String sqlState, int vendorCode, boolean isDuplicate) {
            this.database = database;
            this.sqlState = sqlState;
            this.vendorCode = vendorCode;
            this.isDuplicate = isDuplicate;
        }

        SQLException asThrown() {
            return new SQLException(database.displayName() + " refused the review (" + name() + ")", sqlState,
                    vendorCode);
        }

        String kind() {
            return name().substring(name().indexOf('_') + 1);
        }
    }

    private LessonDatabase db;
    private long dune;

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.dune = ReviewShelf.restock(db).book("Dune");
    }

    private Reviews refusingWith(SQLException error) {
        return new MyBatisReviews(MyBatisSetup.sqlSessionFactory(FailingInsert.on(db.dataSource(), error)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Refusal.class, names = ".*_UNIQUE", mode = EnumSource.Mode.MATCH_ALL)
    @DisplayName("a unique violation, as each database reports it, becomes DuplicateReviewException")
    void uniqueViolationIsADuplicate(Refusal refusal) {
        SQLException error = refusal.asThrown();

        Throwable thrown = catchThrowable(() -> refusingWith(error).add(review()));

        assertThat(thrown).as("%s says a unique violation with SQLState %s and vendor code %d",
                        refusal.database.displayName(), refusal.sqlState, refusal.vendorCode)
                .isExactlyInstanceOf(DuplicateReviewException.class);
        assertThat((Throwable) DriverErrors.sqlException(thrown)).as("the driver's error, kept as the cause").isSameAs(error);
        assertThat(db.activeConnections()).as("connections in use after the refusal: close the session however "
                + "the call ends").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Refusal.class, names = ".*_UNIQUE", mode = EnumSource.Mode.MATCH_NONE)
    @DisplayName("any other broken constraint, as each database reports it, reaches the caller as it was")
    void otherErrorsAreNotDuplicates(Refusal refusal) {
        SQLException error = refusal.asThrown();

        Throwable thrown = catchThrowable(() -> refusingWith(error).add(review()));

        assertThat(thrown).as("%s says SQLState %s with vendor code %d: a broken %s constraint, not a duplicate review",
                        refusal.database.displayName(), refusal.sqlState, refusal.vendorCode, refusal.kind())
                .isNotNull()
                .isNotInstanceOf(DuplicateReviewException.class);
        assertThat((Throwable) DriverErrors.sqlException(thrown)).as("the driver's error, passed on as it was").isSameAs(error);
        assertThat(db.activeConnections()).as("connections in use after the failed add: close the session however "
                + "the call ends").isZero();
    }

    @Test
    @DisplayName("the codes played above are the ones this database really sends")
    void codesAreWhatTheDatabaseSays() {
        String insert = "insert into review (book_id, reader, rating, body, posted_on) values (?, ?, ?, ?, ?)";
        Date day = Date.valueOf(LocalDate.of(2024, 7, 1));

        for (Refusal refusal : Arrays.stream(Refusal.values()).filter(r -> r.database == db.target()).toList()) {
            Object[] breaking = switch (refusal.kind()) {
                case "UNIQUE" -> new Object[] {dune, "Ada", 4, "Again.", day}; // Ada reviewed Dune on the shelf
                case "FOREIGN_KEY" -> new Object[] {dune + 1000, "Ada", 4, "No such book.", day};
                case "CHECK" -> new Object[] {dune, "Zoe", 6, "Six out of five.", day};
                case "NOT_NULL" -> new Object[] {dune, null, 4, "Nobody wrote this.", day};
                default -> throw new IllegalStateException(refusal.kind());
            };
            SQLException said = DriverErrors.sqlException(catchThrowable(() -> db.insert(insert, breaking)));
            assertThat(said.getSQLState() + "/" + said.getErrorCode()).as("what %s says for %s", db.target(), refusal)
                    .isEqualTo(refusal.sqlState + "/" + refusal.vendorCode);
        }
    }

    private Review review() {
        return new Review(dune, "Ada", 4, "Played to every database.", LocalDate.of(2024, 7, 1));
    }
}

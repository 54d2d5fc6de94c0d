package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.testing.application.JoinClub;
import dev.dbpatterns.testing.domain.DuplicateEmailException;
import dev.dbpatterns.testing.domain.Members;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rollback per test is quick and tidy, and it can turn a test green that production fails: the
 * database may never hear of the change under test, and what commits on its own is not rolled back.
 */
@DatabaseTest
@DisplayName("Rollback per test hides bugs")
class RollbackHidesBugsLesson {
    private LessonDatabase db;

    @BeforeEach
    void club(LessonDatabase db) {
        this.db = db;
        // Built here, so that Hibernate's start-up queries do not show among a step's SQL.
        ClubStyle.named("MyBatis", db);
        ClubStyle.named("Hibernate", db);
    }

    @Nested
    @DisplayName("Hibernate never flushes a change the test rolls back")
    class NeverFlushed {
        private long bea;

        @BeforeEach
        void twoMembers() {
            Seeds.emptyClub(db);
            Seeds.member(db, "anna@club.test", "Anna", null);
            bea = Seeds.member(db, "bea@club.test", "Bea", null);
        }

        // tag::false-green[]
        @Test
        @DisplayName("Bea takes Anna's email: the test is green, and no UPDATE ever reaches the database")
        void greenUnderRollback(SqlLog sql) {
            try (ClubSession session = ClubStyle.named("Hibernate", db).open()) {
                Members members = session.members();
                members.changeEmail(bea, "anna@club.test");

                assertThat(members.byId(bea).orElseThrow().email()).isEqualTo("anna@club.test"); // from the session
                session.rollback();                                     // what the fixture does after each test
            }
            sql.expect("a change rolled back before any flush").updates(0);
        }
        // end::false-green[]

        // tag::production-fails[]
        @Test
        @DisplayName("production commits the same change, and the commit fails on the unique email")
        void productionFails() {
            try (ClubSession session = ClubStyle.named("Hibernate", db).open()) {
                session.members().changeEmail(bea, "anna@club.test");
                assertThatThrownBy(session::commit)
                        .satisfies(e -> assertThat(DriverErrors.sqlState(e)).isEqualTo(DriverErrors.uniqueViolation(db.target())));
            }
        }
        // end::production-fails[]

        // tag::flush-before-rollback[]
        @Test
        @DisplayName("a fixture that flushes before it rolls back brings the failure into the test")
        void flushBeforeRollback() {
            try (ClubSession session = ClubStyle.named("Hibernate", db).open()) {
                session.members().changeEmail(bea, "anna@club.test");
                assertThatThrownBy(session::flush)        // the fixture's @AfterEach: flush, then roll back
                        .satisfies(e -> assertThat(DriverErrors.sqlState(e)).isEqualTo(DriverErrors.uniqueViolation(db.target())));
            }
        }
        // end::flush-before-rollback[]

        @Test
        @DisplayName("a query on the table flushes first: the same change fails at an innocent lookup by email")
        void queryFlushesFirst() {
            try (ClubSession session = ClubStyle.named("Hibernate", db).open()) {
                session.members().changeEmail(bea, "anna@club.test");
                assertThatThrownBy(() -> session.members().withEmail("nobody@club.test"))
                        .satisfies(e -> assertThat(DriverErrors.sqlState(e)).isEqualTo(DriverErrors.uniqueViolation(db.target())));
            }
        }

        @Test
        @DisplayName("MyBatis sends the UPDATE at once: under the same rollback the test fails, as it should")
        void myBatisFailsAtOnce() {
            try (ClubSession session = ClubStyle.named("MyBatis", db).open()) {
                assertThatThrownBy(() -> session.members().changeEmail(bea, "anna@club.test"))
                        .isInstanceOf(DuplicateEmailException.class);
                session.rollback();
            }
        }
    }

    @Nested
    @DisplayName("code that commits on its own escapes the rollback")
    class OwnTransaction {
        // tag::escapes-rollback[]
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"MyBatis", "Hibernate"})
        @DisplayName("Eve joins in the test's transaction, which is rolled back: she is gone, her logged attempt is not")
        void escapes(String styleName) {
            ClubStyle style = ClubStyle.named(styleName, db);
            String eve = "eve-" + styleName.toLowerCase() + "@club.test";
            try (ClubSession session = style.open()) {
                new JoinClub(style.signupLog()).join(session.members(), eve, "Eve");
                session.rollback();
            }
            assertThat(db.queryForLong("select count(*) from club_member where email = ?", eve)).isZero();
            assertThat(style.signupLog().attempts(eve)).isEqualTo(1);
        }
        // end::escapes-rollback[]

        @Test
        @DisplayName("the next test starts with the attempts both rollbacks left behind")
        void leftForTheNextTest() {
            assertThat(db.queryForList(String.class, "select email from signup_attempt order by email"))
                    .containsExactly("eve-hibernate@club.test", "eve-mybatis@club.test");
        }
    }
}

package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.testing.domain.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Three ways to keep one test's rows from the next, each proven by two steps that run in the
 * order written: the first writes, the second must not see it. A scenario without any isolation
 * comes first, so the others are seen to undo something real. A subclass per style.
 */
@DatabaseTest
abstract class IsolationSteps {
    protected ClubStyle style;
    protected LessonDatabase db;

    /** "MyBatis" or "Hibernate". */
    protected abstract String styleName();

    @BeforeEach
    void club(LessonDatabase db) {
        this.db = db;
        this.style = ClubStyle.named(styleName(), db);
    }

    private void joinCommitted(String email) {
        try (ClubSession session = style.open()) {
            session.members().add(new Member(email, "Test Member", null));
            session.commit();
        }
    }

    // tag::no-isolation[]
    @Nested
    @DisplayName("without isolation")
    class NoIsolation {
        @Test
        @DisplayName("a test adds Ada and commits")
        void adds() {
            joinCommitted("ada@club.test");
            assertThat(db.rowCount("club_member")).isEqualTo(1);
        }

        @Test
        @DisplayName("the next test still finds Ada: it depends on the one before")
        void leaks() {
            assertThat(db.queryForList(String.class, "select email from club_member")).containsExactly("ada@club.test");
        }
    }
    // end::no-isolation[]

    @Nested
    @DisplayName("a transaction per test, rolled back afterwards")
    class RollbackPerTest {
        private ClubSession session;

        // tag::rollback-per-test[]
        @BeforeEach
        void begin() {
            session = style.open();          // the test's transaction: the code under test joins it
        }

        @AfterEach
        void rollBack() {
            session.rollback();              // whatever the test wrote is undone
            session.close();
        }
        // end::rollback-per-test[]

        @Test
        @DisplayName("a test adds Bea in the test's transaction, and sees her")
        void adds() {
            session.members().add(new Member("bea@club.test", "Bea", null));
            assertThat(session.members().withEmail("bea@club.test")).isPresent();
        }

        @Test
        @DisplayName("the next test finds no Bea: the rollback took her away")
        void isolated() {
            assertThat(session.members().withEmail("bea@club.test")).isEmpty();
            assertThat(db.queryForLong("select count(*) from club_member where email = ?", "bea@club.test")).isZero();
        }
    }

    @Nested
    @DisplayName("delete per test")
    class DeletePerTest {
        @BeforeEach
        void emptyTables() {
            Seeds.emptyClub(db);
        }

        @Test
        @DisplayName("a test adds Cy and commits")
        void adds() {
            joinCommitted("cy@club.test");
            assertThat(db.rowCount("club_member")).isEqualTo(1);
        }

        @Test
        @DisplayName("the next test starts from empty tables: no Cy, and no Ada from the first scenario")
        void isolated() {
            assertThat(db.rowCount("club_member")).isZero();
        }
    }

    @Nested
    @DisplayName("a schema per class")
    class SchemaPerClass {
        @Test
        @DisplayName("a member added in one class's schema is not in another class's, on the same server")
        void isolated() throws Exception {
            try (ClassSchema first = ClassSchema.create(db.target(), db.address());
                 ClassSchema second = ClassSchema.create(db.target(), db.address());
                 ClubStyle inFirst = ClubStyle.on(styleName(), first.dataSource());
                 ClubStyle inSecond = ClubStyle.on(styleName(), second.dataSource())) {
                try (ClubSession session = inFirst.open()) {
                    session.members().add(new Member("dee@club.test", "Dee", null));
                    session.commit();
                }
                try (ClubSession session = inSecond.open()) {
                    assertThat(session.members().withEmail("dee@club.test")).isEmpty();
                    assertThat(session.members().count()).isZero();
                }
                try (ClubSession session = inFirst.open()) {
                    assertThat(session.members().withEmail("dee@club.test")).isPresent();
                }
                assertThat(first.name()).isNotEqualTo(second.name());
            }
        }
    }
}

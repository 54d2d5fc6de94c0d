package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.testing.application.JoinClub;
import dev.dbpatterns.testing.domain.DuplicateEmailException;
import dev.dbpatterns.testing.domain.Member;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every Members and SignupLog adapter must do, on every database, committed as production
 * commits. Isolation: the tables are emptied before each test (see IsolationSteps for why).
 */
@DatabaseTest
abstract class MembersContract {
    private ClubStyle style;
    private LessonDatabase db;

    protected abstract ClubStyle style(LessonDatabase db);

    @BeforeEach
    void emptyClub(LessonDatabase db) {
        this.db = db;
        this.style = style(db);
        Seeds.emptyClub(db);
        Seeds.member(db, "anna@club.test", "Anna", "Spider");
        Seeds.member(db, "andrew@club.test", "Andrew", null);
        Seeds.member(db, "bea@club.test", "Bea", "Bouldy");
    }

    @AfterEach
    void noConnectionLeft() {
        assertThat(db.activeConnections()).as("connections still out after the test").isZero();
    }

    /** The work in a session of its own, committed. */
    private <T> T committed(Function<ClubSession, T> work) {
        try (ClubSession session = style.open()) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }

    @Test
    @DisplayName("an added member gets an id, and is found by it and by email")
    void addsAndFinds() {
        Member cy = committed(s -> s.members().add(new Member("cy@club.test", "Cy", null)));

        Optional<Member> byId = committed(s -> s.members().byId(cy.id()));
        Optional<Member> byEmail = committed(s -> s.members().withEmail("cy@club.test"));
        Optional<Member> nobody = committed(s -> s.members().withEmail("nobody@club.test"));
        long count = committed(s -> s.members().count());

        assertThat(cy.id()).isNotNull();
        assertThat(byId).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Cy"));
        assertThat(byEmail).map(Member::id).contains(cy.id());
        assertThat(nobody).isEmpty();
        assertThat(count).isEqualTo(4);
    }

    @Test
    @DisplayName("a second member with a taken email is refused with DuplicateEmailException")
    void refusesTakenEmail() {
        assertThatThrownBy(() -> committed(s -> s.members().add(new Member("anna@club.test", "Other Anna", null))))
                .isInstanceOf(DuplicateEmailException.class).hasMessageContaining("anna@club.test");
        assertThat(db.rowCount("club_member")).isEqualTo(3);
    }

    @Test
    @DisplayName("names starting with a prefix come by name")
    void namesStartingWith() {
        List<Member> found = committed(s -> s.members().namesStartingWith("An"));
        assertThat(found).extracting(Member::name)
                .containsExactly("Andrew", "Anna");
    }

    @Test
    @DisplayName("the roster lists members with a nickname in nickname order, and every member once")
    void byNickname() {
        List<Member> roster = committed(s -> s.members().byNickname());
        assertThat(roster).hasSize(3);
        assertThat(roster).extracting(Member::nickname).filteredOn(Objects::nonNull).containsExactly("Bouldy", "Spider");
    }

    @Test
    @DisplayName("a changed email is there after the commit, in a new session")
    void changesEmail() {
        long bea = db.queryForLong("select id from club_member where email = ?", "bea@club.test");
        committed(s -> { s.members().changeEmail(bea, "bea@crag.test"); return null; });
        Optional<Member> changed = committed(s -> s.members().byId(bea));
        assertThat(changed).hasValueSatisfying(m -> assertThat(m.email()).isEqualTo("bea@crag.test"));
    }

    @Test
    @DisplayName("a change to a taken email is refused by the time the transaction commits")
    void refusesTakenEmailOnChange() {
        long bea = db.queryForLong("select id from club_member where email = ?", "bea@club.test");
        assertThatThrownBy(() -> committed(s -> { s.members().changeEmail(bea, "anna@club.test"); return null; }))
                .satisfies(e -> assertThat(DriverErrors.sqlState(e)).isEqualTo(DriverErrors.uniqueViolation(db.target())));
        assertThat(db.queryForLong("select count(*) from club_member where email = ?", "bea@club.test")).isEqualTo(1);
    }

    @Test
    @DisplayName("joining logs the attempt and adds the member; a refused join is logged too")
    void joinLogsEveryAttempt() {
        JoinClub join = new JoinClub(style.signupLog());
        committed(s -> join.join(s.members(), "dee@club.test", "Dee"));
        assertThatThrownBy(() -> committed(s -> join.join(s.members(), "dee@club.test", "Dee again")))
                .isInstanceOf(DuplicateEmailException.class);

        assertThat(style.signupLog().attempts("dee@club.test")).isEqualTo(2);
        assertThat(db.queryForLong("select count(*) from club_member where email = ?", "dee@club.test")).isEqualTo(1);
    }
}

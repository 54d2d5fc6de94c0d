package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.migrations.domain.Member;
import dev.dbpatterns.exercises.migrations.domain.Release;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V2 adds loan_limit with the database's default, checked at V2 exactly: members who joined under V1, an
 * INSERT that leaves the column out, and release N in both styles, which maps the column.
 */
@DatabaseTest(migrate = false)
@Tag("task-1")
@DisplayName("Task 1 · V2: a loan limit of 3, the database's default")
class LoanLimitTest {
    static final int DEFAULT_LIMIT = 3;

    private LessonDatabase db;
    private long ada;

    @BeforeEach
    void membersJoinedUnderV1(LessonDatabase db) {
        this.db = db;
        Schema.freshAt(db, "1");
        ada = db.insert("insert into member (name, email) values (?, ?)", "Ada Lovelace", "ada@example.org");
        db.insert("insert into member (name, email) values (?, ?)", "Alan Turing", "alan@example.org");
        Schema.migrateTo(db, "2");
        assertThat(Schema.columns(db, "member")).as("the member table's columns after V2 (true: accepts NULL)."
                + " V2__loan_limit.sql must add loan_limit itself: the tests migrate to V2 and no further").containsKey("loan_limit");
    }

    @Test
    @DisplayName("members who joined before V2 get the limit of 3")
    void existingMembersGetTheDefault() {
        assertThat(db.queryForList(Long.class, "select loan_limit from member order by id"))
                .as("loan_limit of the two members who joined under V1, right after V2. null: the column has no default,"
                        + " or it comes in a later script; 0: NOT NULL without a default (MariaDB fills in 0)."
                        + " Give the column 'default 3 not null' in V2")
                .containsExactly((long) DEFAULT_LIMIT, (long) DEFAULT_LIMIT);
    }

    @Test
    @DisplayName("an INSERT that leaves loan_limit out (release N-1, still running during the deploy) gets 3")
    void anInsertWithoutTheColumnGetsTheDefault() {
        long grace = db.insert("insert into member (name, email) values (?, ?)", "Grace Hopper", "grace@example.org");

        assertThat(db.queryForList(Long.class, "select loan_limit from member where id = ?", grace))
                .as("loan_limit of a member inserted without it: only a default in the database gives one to code that"
                        + " does not know the column (a default in Java reaches only the new release)").containsExactly((long) DEFAULT_LIMIT);
    }

    @Test
    @DisplayName("loan_limit refuses NULL: no member is ever without a limit")
    void theColumnRefusesNull() {
        assertThat(Schema.columns(db, "member").get("loan_limit")).as("whether loan_limit accepts NULL after V2:"
                + " a default fills only what an INSERT leaves out, an explicit NULL still gets in. Add NOT NULL").isFalse();
        Throwable thrown = Thrown.by(() -> db.update("insert into member (name, email, loan_limit) values ('Null', 'null@example.org', null)"));
        assertThat(thrown).as("an INSERT with loan_limit NULL: the database must refuse it").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("release N maps the limit: an old member, and a new one, read back field by field")
    void releaseNMapsTheLimit(Style style) {
        try (Style.Started release = style.start(db.dataSource(), Release.N)) {
            assertThat(release.members().find(ada)).as(style + ", release N: the member who joined under V1")
                    .contains(new Member(ada, "Ada Lovelace", "ada@example.org", DEFAULT_LIMIT));

            long katherine = release.members().join("Katherine Johnson", "katherine@example.org");

            assertThat(release.members().find(katherine)).as(style + ", release N: a member it joined, whose INSERT"
                    + " leaves loan_limit to the database").contains(new Member(katherine, "Katherine Johnson",
                    "katherine@example.org", DEFAULT_LIMIT));
        }
    }
}

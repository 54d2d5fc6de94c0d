package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.migrations.domain.Member;
import dev.dbpatterns.exercises.migrations.domain.Members;
import dev.dbpatterns.exercises.migrations.domain.Release;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The compatibility matrix of the rename name → full_name: after each step, the releases that run on
 * it must work, and see each other's writes. Release N runs on V3 (expand) beside N+1; N+1 runs on V3,
 * V4 (switch) and V5 (contract).
 */
@DatabaseTest(migrate = false)
@Tag("task-2")
@DisplayName("Task 2 · expand, switch, contract: the compatibility matrix of a rename")
class RenameMatrixTest {
    private static final String ADA_EMAIL = "ada@example.org";

    private LessonDatabase db;
    private long ada;

    @BeforeEach
    void adaJoinedBeforeTheRename(LessonDatabase db) {
        this.db = db;
        this.ada = Steps.adaJoinedBeforeTheRename(db);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("after V3 (expand) both releases run: a member from before, and each release's own, read back whole")
    void expandKeepsBothReleasesWorking(Style style) {
        onExpand(style, (n, next) -> {
            for (Members release : List.of(n, next)) {
                String who = style + ", " + (release == n ? Release.N : Release.NEXT);
                assertThat(Steps.by(who, 3, () -> release.find(ada))).as(who + ": Ada, who joined before the"
                        + " rename (full_name is filled from name in V3)").contains(new Member(ada, "Ada Lovelace", ADA_EMAIL, 3));
                String email = (release == n ? "grace-n" : "grace-next") + "@example.org";
                long joined = Steps.by(who, 3, () -> release.join("Grace Hopper", email));
                assertThat(Steps.by(who, 3, () -> release.find(joined))).as(who + ": a member it joined")
                        .contains(new Member(joined, "Grace Hopper", email, 3));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("after V3 (expand) each release sees the members the other one joined")
    void expandCopiesNewMembers(Style style) {
        onExpand(style, (n, next) -> {
            long byN = Steps.by(style + ", release N", 3, () -> n.join("Grace Hopper", "grace@example.org"));
            long byNext = Steps.by(style + ", release N+1", 3, () -> next.join("Katherine Johnson", "kj@example.org"));

            assertThat(Steps.by(style + ", release N+1", 3, () -> next.find(byN)))
                    .as(style + ": the member release N joined (it wrote name only), read by release N+1 (full_name)."
                            + " An INSERT must fill the other column: a trigger before INSERT")
                    .contains(new Member(byN, "Grace Hopper", "grace@example.org", 3));
            assertThat(Steps.by(style + ", release N", 3, () -> n.find(byNext)))
                    .as(style + ": the member release N+1 joined (it wrote full_name only), read by release N (name)."
                            + " name must accept an INSERT without it, and the trigger fill it")
                    .contains(new Member(byNext, "Katherine Johnson", "kj@example.org", 3));
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("after V3 (expand) each release sees the renames the other one made")
    void expandCopiesRenames(Style style) {
        onExpand(style, (n, next) -> {
            long grace = Steps.by(style + ", release N+1", 3, () -> next.join("Grace Hopper", "grace@example.org"));
            Steps.by(style + ", release N", 3, () -> n.rename(ada, "Ada King"));
            Steps.by(style + ", release N+1", 3, () -> next.rename(grace, "Grace Brewster Hopper"));

            assertThat(Steps.by(style + ", release N+1", 3, () -> next.find(ada)))
                    .as(style + ": Ada renamed by release N (an UPDATE of name), read by release N+1 (full_name)."
                            + " An UPDATE that changes one column must copy it to the other: a trigger before UPDATE")
                    .contains(new Member(ada, "Ada King", ADA_EMAIL, 3));
            assertThat(Steps.by(style + ", release N", 3, () -> n.find(grace)))
                    .as(style + ": Grace renamed by release N+1 (an UPDATE of full_name), read by release N (name)")
                    .contains(new Member(grace, "Grace Brewster Hopper", "grace@example.org", 3));
        });
    }

    /** V3 applied, and both releases started on it in one style, as during the roll-out. */
    private void onExpand(Style style, BiConsumer<Members, Members> work) {
        Schema.migrateTo(db, "3");
        try (Style.Started n = style.start(db.dataSource(), Release.N);
             Style.Started next = style.start(db.dataSource(), Release.NEXT)) {
            work.accept(n.members(), next.members());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("after V4 (switch) release N+1 runs; full_name is required and nothing copies into it any more")
    void switchLeavesReleaseNextWorking(Style style) {
        Schema.migrateTo(db, "4");
        releaseNextWorks(style, 4);

        Map<String, Boolean> columns = Schema.columns(db, "member");
        assertThat(columns).as("the member table after V4 (true: accepts NULL): name is dropped in V5, not before;"
                + " each step one change, deployed and checked alone").containsKey("name");
        assertThat(columns.get("full_name")).as("whether full_name accepts NULL after V4: every writer fills it now,"
                + " so it becomes NOT NULL").isFalse();
        assertThat(Schema.triggersOn(db, "member")).as("triggers on member after V4: release N is gone, nothing needs"
                + " copying; drop them in the switch, before V5 drops the column they read").isEmpty();
        Throwable thrown = Thrown.by(() -> db.update("insert into member (name, email) values ('Ada Byron', 'byron@example.org')"));
        assertThat(thrown).as("an INSERT that writes name only, after V4: release N is gone, so the triggers must be"
                + " gone too, and full_name NOT NULL refuses the row").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Style.class)
    @DisplayName("after V5 (contract) release N+1 runs, and name is gone")
    void contractLeavesReleaseNextWorking(Style style) {
        Schema.migrateTo(db, "5");
        releaseNextWorks(style, 5);

        assertThat(Schema.columns(db, "member")).as("the member table after V5 (true: accepts NULL): V5 drops name")
                .containsOnlyKeys("id", "full_name", "email", "loan_limit");
        assertThat(Schema.triggersOn(db, "member")).as("triggers on member after V5").isEmpty();
    }

    /** Release N+1's whole round trip on the schema after the step. */
    private void releaseNextWorks(Style style, int step) {
        String who = style + ", release N+1";
        try (Style.Started next = style.start(db.dataSource(), Release.NEXT)) {
            Members members = next.members();
            assertThat(Steps.by(who, step, () -> members.find(ada))).as(who + ": Ada, who joined before the rename")
                    .contains(new Member(ada, "Ada Lovelace", ADA_EMAIL, 3));
            long grace = Steps.by(who, step, () -> members.join("Grace Hopper", "grace@example.org"));
            Steps.by(who, step, () -> members.rename(grace, "Grace Brewster Hopper"));
            Optional<Member> found = Steps.by(who, step, () -> members.find(grace));
            assertThat(found).as(who + ": a member it joined and renamed")
                    .contains(new Member(grace, "Grace Brewster Hopper", "grace@example.org", 3));
        }
    }
}

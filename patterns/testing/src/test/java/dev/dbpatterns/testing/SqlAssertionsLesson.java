package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Asserting the SQL your code sends, in your own project: datasource-proxy around the pool,
 * counting by kind ({@link SqlCount}), beside lesson-kit's recorder, which does the same with the
 * statements listed. Both are asserted on the same steps, and both fail on one extra SELECT.
 */
@DatabaseTest
@DisplayName("Asserting SQL in your own project")
class SqlAssertionsLesson {
    private LessonDatabase db;
    private long anna;

    // tag::proxy[]
    /** The style on the pool wrapped by datasource-proxy, as a project's test set-up would wrap it. */
    private ClubStyle counted(String style) {
        return db.shared(style + " counted", pool -> {
            DataSource counting = ProxyDataSourceBuilder.create("club", pool)
                    .countQuery()                                     // per-thread counts, by kind
                    .build();
            return ClubStyle.on(style, counting);
        });
    }
    // end::proxy[]

    @BeforeEach
    void oneMember(LessonDatabase db) {
        this.db = db;
        Seeds.emptyClub(db);
        anna = Seeds.member(db, "anna@club.test", "Anna", null);
        counted("MyBatis");
        counted("Hibernate");
    }

    // tag::one-select[]
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MyBatis", "Hibernate"})
    @DisplayName("finding a member by email sends one SELECT: datasource-proxy's count and lesson-kit's agree")
    void oneSelect(String style, SqlLog sql) {
        SqlCount.reset();
        try (ClubSession session = counted(style).open()) {
            assertThat(session.members().withEmail("anna@club.test")).isPresent();
        }
        SqlCount.on("club").selects(1).inserts(0).updates(0);
        sql.expect("a lookup by email").selects(1).inserts(0).updates(0);
    }
    // end::one-select[]

    // tag::extra-select[]
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MyBatis", "Hibernate"})
    @DisplayName("one SELECT too many fails both assertions, with the counts in the message")
    void extraSelectFails(String style, SqlLog sql) {
        SqlCount.reset();
        try (ClubSession session = counted(style).open()) {
            session.members().byId(anna);                           // the extra statement
            session.members().withEmail("anna@club.test");
        }
        assertThatThrownBy(() -> SqlCount.on("club").selects(1))
                .isInstanceOf(AssertionError.class).hasMessage("expected 1 SELECT but 2 were sent");
        assertThatThrownBy(() -> sql.expect().selects(1))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("expected 1 SELECT but 2 were sent");
    }
    // end::extra-select[]

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MyBatis", "Hibernate"})
    @DisplayName("datasource-proxy counts per thread: a lookup on another thread is not in the test thread's count")
    void countsArePerThread(String style, SqlLog sql) {
        SqlCount.reset();
        CompletableFuture.runAsync(() -> {
            try (ClubSession session = counted(style).open()) {
                session.members().withEmail("anna@club.test");
            }
        }).join();

        SqlCount.on("club").selects(0);
        sql.expect("the same lookup, seen by lesson-kit's recorder, which counts every thread").selects(1);
    }
}

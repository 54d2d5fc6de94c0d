package dev.dbpatterns.testing;

import static dev.dbpatterns.testing.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.testing.domain.DuplicateEmailException;
import dev.dbpatterns.testing.domain.Member;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import org.apache.ibatis.jdbc.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two ways to give a test its rows: builders through the code's own path, and SQL scripts.
 * The third, test-only Flyway scripts, is {@link SeedingByFlywayLesson}.
 */
@DatabaseTest
@DisplayName("Seeding test data: builders and SQL scripts")
class SeedingLesson {
    private LessonDatabase db;
    private ClubStyle style;

    @BeforeEach
    void emptyClub(LessonDatabase db) {
        this.db = db;
        this.style = ClubStyle.named("MyBatis", db);
        Seeds.emptyClub(db);
    }

    // tag::seed-with-ids[]
    // The class's first step: the identity counter is still fresh (later steps insert, and move it on).
    @Test
    @DisplayName("a script that types in ids: the next member's id clashes on H2 and PostgreSQL; MariaDB moves on to 4")
    void scriptWithIds() throws Exception {
        runScript("seed/club-with-ids.sql");

        try (ClubSession session = style.open()) {
            if (db.target() == DatabaseTarget.MARIADB) {
                Member lin = session.members().add(aMember().named("Lin").build());
                assertThat(lin.id()).isEqualTo(4);   // auto_increment follows the highest id
            } else {
                // The identity counter still stands at 1: the primary key is violated, not the email.
                assertThatThrownBy(() -> session.members().add(aMember().named("Lin").build()))
                        .isNotInstanceOf(DuplicateEmailException.class)
                        .satisfies(e -> assertThat(DriverErrors.sqlState(e)).isEqualTo("23505"));
            }
        }
    }
    // end::seed-with-ids[]

    // tag::seed-by-builder[]
    @Test
    @DisplayName("builders: the test names only the nickname it is about; the rest are valid, unique defaults")
    void builders() {
        try (ClubSession session = style.open()) {
            session.members().add(aMember().withNickname("Zed").build());
            session.members().add(aMember().build());
            session.members().add(aMember().build());
            session.commit();
        }
        assertThat(db.rowCount("club_member")).isEqualTo(3);
        assertThat(db.queryForList(String.class, "select nickname from club_member").stream().filter(Objects::nonNull))
                .containsExactly("Zed");
    }
    // end::seed-by-builder[]

    // tag::seed-by-script[]
    @Test
    @DisplayName("a SQL script: three members, read from src/test/resources/seed/club.sql")
    void sqlScript() throws Exception {
        runScript("seed/club.sql");

        assertThat(db.queryForList(String.class, "select name from club_member order by name"))
                .containsExactly("Gus", "Hana", "Ivo");
    }

    private void runScript(String resource) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
             Reader script = new InputStreamReader(
                     Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(resource), resource),
                     StandardCharsets.UTF_8)) {
            ScriptRunner runner = new ScriptRunner(connection);   // MyBatis's; any script runner will do
            runner.setLogWriter(null);
            runner.setStopOnError(true);
            runner.runScript(script);                              // commits at the end
        }
    }
    // end::seed-by-script[]


    @Test
    @DisplayName("each step starts from the empty club the @BeforeEach leaves, whatever the step before seeded")
    void eachStepStartsEmpty() {
        assertThat(db.queryForList(Long.class, "select count(*) from club_member")).isEqualTo(List.of(0L));
    }
}

package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Test data as Flyway scripts in a location only the tests add: {@code db/migration/testing-seed}
 * under src/test/resources, after the module's own {@code db/migration/testing}.
 */
// tag::flyway-seed[]
@DatabaseTest(migrations = {"testing", "testing-seed"})
// end::flyway-seed[]
@DisplayName("Seeding test data: a test-only Flyway location")
class SeedingByFlywayLesson {

    @Test
    @DisplayName("the seed migration ran after the schema's: its members are there before any step writes")
    void seededByMigration(LessonDatabase db) {
        assertThat(db.queryForList(String.class, "select name from club_member order by name")).containsExactly("Jo", "Kai");
        // Flyway names its table and columns in quoted lower case on H2 (where unquoted means upper case); MariaDB takes no quotes.
        String q = db.target() == DatabaseTarget.MARIADB ? "" : "\"";
        String applied = "select %sscript%s from %sflyway_schema_history%s where %stype%s = 'SQL' order by %sinstalled_rank%s"
                .formatted(q, q, q, q, q, q, q, q);
        assertThat(db.queryForList(String.class, applied)).containsExactly("V1__club.sql", "V100__seed_members.sql");
    }

    @Test
    @DisplayName("the seed lives on the test class path only: production's Flyway never sees it")
    void onlyTestsSeeIt() {
        var seed = getClass().getClassLoader().getResource("db/migration/testing-seed/common/V100__seed_members.sql");
        var schema = getClass().getClassLoader().getResource("db/migration/testing/common/V1__club.sql");

        assertThat(seed).isNotNull();
        assertThat(seed.getPath()).contains("/test-classes/");
        assertThat(schema.getPath()).contains("/classes/").doesNotContain("/test-classes/");
    }
}

package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn check`, run on a copy of the course as a learner would run it. */
@DisplayName("learn check")
class CheckCommandTest {
    @TempDir
    java.nio.file.Path folder;

    private CourseCopy course;

    @BeforeEach
    void copyCourse() {
        course = CourseCopy.in(folder);
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {}}");
    }

    @Test
    @DisplayName("on the untouched stub, reports task 1 failing: what is not written yet, and where")
    void stubFailsTaskOne() {
        LearnRun run = LearnRun.of(course.root, "check", "repository", "--db", "h2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.output()).contains("✘ task 1", "Task 1 fails: MyBatis: add a review and find it by id",
                "not written yet: TODO(task 1)", "at exercises/repository/src/main/java/dev/dbpatterns/exercises/"
                        + "repository/mybatis/MyBatisReviews.java:", "./learn hint");
        assertThat(run.output()).doesNotContain("✔ task", "Exception in thread", "\tat ");
    }

    @Test
    @DisplayName("on the exercise solved by copying the solution, says it passed, records it and offers the next step")
    void solvedPasses() {
        course.solved();

        LearnRun run = LearnRun.of(course.root, "check", "--db", "h2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).contains("✔ task 1", "✔ task 5", "✔ repository passes: all 5 tasks, 13 points",
                "./learn solution repository", "the course is done");
        assertThat(course.read(ProgressFile.PATH)).containsPattern("\"passedTasks\": \\[\\s*1,\\s*2,\\s*3,\\s*4,\\s*5\\s*]");
    }

    @Test
    @DisplayName("names the N+1 problem, or the lazy load after the session closed, when task 5 loads naively")
    void naiveLoadingIsExplained() {
        course.solved();
        course.replace(CourseCopy.STUB_HIBERNATE, "from ReviewedBook b left join fetch b.reviews", "from ReviewedBook b");
        course.replace(CourseCopy.STUB_MAPPER, "resultMap=\"review\" columnPrefix=\"review_\"/>",
                "column=\"book_id\" select=\"reviewsOfBook\"/>");
        course.replace(CourseCopy.STUB_MAPPER, "</mapper>", """
                  <select id="reviewsOfBook" resultMap="review">
                    select id, book_id, reader, rating, body, posted_on from review where book_id = #{id}
                  </select>
                </mapper>""");

        LearnRun run = LearnRun.of(course.root, "check", "--db", "h2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.output()).contains("✔ task 4", "Task 5 fails",
                "expected 1 SELECT for ", "this is the N+1 problem",
                "were not loaded while the session was open");
    }

    @Test
    @DisplayName("a required database that does not answer is named, not mistaken for a task without tests")
    void unreachableDatabaseIsNamed() {
        course.solved();
        System.setProperty("catalog.postgres.url", "jdbc:postgresql://127.0.0.1:1/test");
        System.setProperty("catalog.db.required", "true");
        try {
            LearnRun run = LearnRun.of(course.root, "check", "--db", "postgres");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains("✘ task 1", "PostgreSQL at jdbc:postgresql://127.0.0.1:1/test did not answer")
                    .doesNotContain("No test is tagged");
        } finally {
            System.clearProperty("catalog.postgres.url");
            System.clearProperty("catalog.db.required");
        }
    }

    @Test
    @DisplayName("code that does not compile is shown with its file, line and message; no task runs")
    void compileErrorsAreShown() {
        course.replace(CourseCopy.STUB_MYBATIS, "this.sessions = sessions;", "this.sessions = sessions");

        LearnRun run = LearnRun.of(course.root, "check", "--db", "h2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Your code does not compile", "mybatis/MyBatisReviews.java:18: ';' expected");
    }

    @Test
    @DisplayName("an unknown exercise, command or option is answered with the valid ones")
    void unknownNamesListTheValidOnes() {
        assertThat(LearnRun.of(course.root, "check", "reviews")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("There is no exercise 'reviews'. Exercises: repository.");
        });
        assertThat(LearnRun.of(course.root, "chek")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("There is no command 'chek'. Commands: progress, list, lessons, lesson, check");
        });
        assertThat(LearnRun.of(course.root, "check", "--database", "h2").output())
                .contains("learn check has no option --database. Its options: --db, --time-limit.");
        assertThat(LearnRun.of(course.root, "check", "--db", "oracle").output())
                .contains("--db oracle names no database. Use h2, postgres, mariadb or all");
        assertThat(LearnRun.of(course.root, "check", "--time-limit", "9223372036854775807")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("--time-limit 9223372036854775807 is not a number of seconds from 1 to 3600")
                    .doesNotContain("Exception");
        });
    }
}

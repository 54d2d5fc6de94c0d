package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("learn hint and learn solution")
class HintAndSolutionTest {
    @TempDir
    java.nio.file.Path folder;

    private CourseCopy course;

    @BeforeEach
    void copyCourse() {
        course = CourseCopy.in(folder);
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1]}}}");
    }

    @Test
    @DisplayName("a hint is for the first task that does not pass yet")
    void hintForTheCurrentTask() {
        LearnRun run = LearnRun.of(course.root, "hint");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Hint for repository, task 2: MyBatis: search with AND and OR", "<where>");
    }

    @Test
    @DisplayName("the solution stays closed until the exercise passes, unless forced")
    void solutionAfterPassing() {
        LearnRun closed = LearnRun.of(course.root, "solution");
        LearnRun forced = LearnRun.of(course.root, "solution", "--force");

        assertThat(closed.exitCode()).isEqualTo(1);
        assertThat(closed.output()).contains("opens once it passes: ./learn check repository", "--force")
                .doesNotContain("class MyBatisReviews");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.output()).contains(
                "━━ solutions/repository/src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java",
                "public final class MyBatisReviews implements Reviews", "left join fetch b.reviews");
    }

    @Test
    @DisplayName("once the exercise passes, the solution is shown without asking")
    void solutionOncePassed() {
        course.write(ProgressFile.PATH,
                "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1, 2, 3, 4, 5]}}}");

        LearnRun run = LearnRun.of(course.root, "solution", "repository");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("<mapper namespace=\"dev.dbpatterns.exercises.repository.mybatis.ReviewMapper\">",
                "diff -ru exercises/repository/src/main solutions/repository/src/main");
    }
}

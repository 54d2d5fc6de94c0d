package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course check, part of every build: on the real course it must find nothing; on copies
 * broken on purpose it must find exactly what was broken, or it would prove nothing.
 */
@DisplayName("The course check")
class CourseCheckTest {
    private static final String SOLVED_MAPPER = "solutions/repository/src/main/resources/dev/dbpatterns/exercises/"
            + "repository/mybatis/ReviewMapper.xml";
    private static final String SOLVED_MYBATIS = "solutions/repository/src/main/java/dev/dbpatterns/exercises/"
            + "repository/mybatis/MyBatisReviews.java";
    private static final String TESTS = "exercises/repository/src/test/java/dev/dbpatterns/exercises/repository/";

    @TempDir
    Path folder;

    @Test
    @DisplayName("holds for the course: every exercise listed, every solution passes every task, every stub fails every task")
    void courseHolds() {
        // On H2 only, whatever CATALOG_DB says: each solutions/<exercise> module runs the exercise's tests against the
        // solution on every database target of the same build, and a stub fails on whichever database it runs. Running
        // the whole course again on PostgreSQL and MariaDB here would prove nothing new and cost CI two minutes.
        // No stub or solution loops, so the time limit only guards against a hang: a generous one costs nothing, and a
        // loaded machine (a slow Hibernate start, a server-side cancel) cannot fail a solution that passes.
        assertThat(new CourseCheck(CourseCopy.REAL_ROOT).problems(new RunSettings("h2", Duration.ofSeconds(60))))
                .isEmpty();
    }

    @Test
    @DisplayName("fails when a stub is solved by accident, a solution fails a task, a test carries no task tag, or a"
            + " task has no test")
    void brokenCopyFails() {
        // Four faults planted in one copy, each found on its own: the check runs the exercise once, not once a fault.
        // The stub and the solution swap their MyBatis class: the stub solves tasks 1 and 2, the solution fails them.
        CourseCopy course = CourseCopy.in(folder);
        String stubMyBatis = course.read(CourseCopy.STUB_MYBATIS);
        course.write(CourseCopy.STUB_MYBATIS, course.read(SOLVED_MYBATIS));
        course.write(SOLVED_MYBATIS, stubMyBatis);
        course.write(CourseCopy.STUB_MAPPER, course.read(SOLVED_MAPPER));
        course.replace(TESTS + "HibernateBooksWithReviewsTest.java", "@Tag(\"task-5\")", "");
        course.replace(TESTS + "MyBatisBooksWithReviewsTest.java", "@Tag(\"task-5\")", "@Tag(\"task-4\")");

        assertThat(new CourseCheck(course.root).problems(new RunSettings("h2", RunSettings.DEFAULT_TIME_LIMIT)))
                .anySatisfy(problem -> assertThat(problem).startsWith("repository (the stub): task 1 passes on the stub"))
                .anySatisfy(problem -> assertThat(problem).startsWith("repository (the stub): task 2 passes on the stub"))
                .anySatisfy(problem -> assertThat(problem).startsWith("repository (the solution): task 1 does not pass"))
                .noneSatisfy(problem -> assertThat(problem).contains("task 3 passes"))
                .anySatisfy(problem -> assertThat(problem).contains("the test 'Task 5 · Hibernate: books with their "
                        + "reviews in one SELECT › ").contains("carries no task tag of the course"))
                .contains("repository (the stub): no test is tagged task-5: each task needs tests, they are its specification.");
    }

    @Test
    @DisplayName("fails when a stub lost its TODO marker, or a solution kept one")
    void markersAreChecked() {
        CourseCopy course = CourseCopy.in(folder);
        course.write(CourseCopy.STUB_HIBERNATE, course.read(CourseCopy.STUB_HIBERNATE).replace("TODO(task 3)", "TODO"));
        course.replace(SOLVED_MYBATIS, "@Override\n    public Optional<Review> findById", "// TODO(task 1)\n    @Override\n"
                + "    public Optional<Review> findById");

        assertThat(new CourseLayout(course.root).problems()).containsExactlyInAnyOrder(
                "repository: no stub carries the marker TODO(task 3): mark where the learner does task 3.",
                "repository: the solution's src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java"
                        + " still has a TODO(task …) marker.");
    }

    @Test
    @DisplayName("fails when the course file and the exercise folders disagree")
    void courseFileMatchesFolders() {
        CourseCopy course = CourseCopy.in(folder);
        course.write("exercises/not-listed/pom.xml", "<project/>");
        course.replace(Course.FILE, "\"folder\": \"exercises/repository\"", "\"folder\": \"exercises/repositry\"");

        assertThat(new CourseLayout(course.root).problems()).contains(
                "repository: exercises/course.json names exercises/repositry/src/main, which does not exist.",
                "exercises/repository is not in exercises/course.json: list it there, in the place a learner should do it.",
                "exercises/not-listed is not in exercises/course.json: list it there, in the place a learner should do it.");
    }
}

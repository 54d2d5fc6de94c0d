package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn grade`: submissions are copies of exercises/, graded by the course's own tests in a JVM each. */
@DisplayName("learn grade")
class GradeCommandTest {
    @TempDir
    Path folder;

    private CourseCopy course;
    private Path submissions;

    @BeforeEach
    void copyCourse() throws Exception {
        course = CourseCopy.in(folder.resolve("course"));
        submissions = Files.createDirectories(folder.resolve("submissions"));
    }

    /** A student's copy of exercises/: the stubs, or with the solution's files in place of them. */
    private Path submission(String student, boolean solved) {
        Path copy = submissions.resolve(student);
        CourseCopy.copyTree(course.path("exercises/repository/src"), copy.resolve("repository/src"));
        if (solved) {
            CourseCopy.copyTree(course.path("solutions/repository/src/main"), copy.resolve("repository/src/main"));
        }
        return copy;
    }

    @Test
    @DisplayName("gives the stubs 0 points and the solutions full points, in text and in a JSON report")
    void stubsScoreNothingSolutionsEverything() throws Exception {
        submission("ann", true);
        submission("bob", false);
        Path json = folder.resolve("report.json");

        LearnRun run = LearnRun.of(course.root, "grade", submissions.toString(), "--json", json.toString(), "--db", "h2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).contains("Grading 2 submissions", "ann: 13 of 13 points", "bob: 0 of 13 points",
                "✔ task 5", "✘ task 1", "not written yet: TODO(task 1)");
        GradeReport report = GradeReport.fromJson(Files.readString(json), GradeReport.class);
        assertThat(report.submissions()).extracting(GradeReport.Submission::name, GradeReport.Submission::points,
                GradeReport.Submission::maxPoints).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ann", 13, 13), org.assertj.core.groups.Tuple.tuple("bob", 0, 13));
        assertThat(report.submissions().get(1).exercises().get(0).tasks())
                .allSatisfy(task -> assertThat(task.passed()).isFalse())
                .extracting(GradeReport.Task::maxPoints).containsExactly(2, 3, 3, 2, 3);
    }

    @Test
    @DisplayName("grades with the course's tests, not the ones in the submission")
    void submittedTestsAreIgnored() throws Exception {
        Path cheat = submission("cat", false);
        CourseCopy.delete(cheat.resolve("repository/src/test"));

        LearnRun run = LearnRun.of(course.root, "grade", cheat.toString(), "--db", "h2");

        assertThat(run.output()).contains("cat: 0 of 13 points", "✘ task 1");
    }

    @Test
    @DisplayName("cuts off an endless loop in a submission at the per-test time limit, and grades the rest")
    void endlessLoopIsCutOff() {
        Path looping = submission("dan", true);
        Path mybatis = looping.resolve("repository/src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java");
        try {
            String code = Files.readString(mybatis);
            Files.writeString(mybatis, code.replace("try (SqlSession session = sessions.openSession()) {\n"
                    + "            return Optional.ofNullable(", "while (id != Long.MIN_VALUE) { Math.sqrt(id); }\n"
                    + "        try (SqlSession session = sessions.openSession()) {\n            return Optional.ofNullable("));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long start = System.nanoTime();

        // A limit no honest test comes near, even on a busy machine: only the endless loop may meet it.
        LearnRun run = LearnRun.of(course.root, "grade", looping.toString(), "--time-limit", "15", "--db", "h2");

        // Ended at all, rather than waiting for the loop: not a measure of speed.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(5));
        assertThat(run.output()).as(run.toString()).contains("dan: 11 of 13 points", "✘ task 1",
                "did not finish in time", "✔ task 2", "✔ task 5");
    }

    @Test
    @DisplayName("a folder without any submission is refused, saying what a submission is")
    void noSubmission() {
        LearnRun run = LearnRun.of(course.root, "grade", submissions.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("holds no submission: a submission is a copy of exercises/");
    }
}

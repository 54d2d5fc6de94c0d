package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `learn grade` on a submission that loops forever: the loop fails at the time limit, and only
 * what its runaway thread could have spoiled is graded again, in a fresh JVM.
 */
@DisplayName("learn grade, after an endless loop")
class GradeRunawayTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("cuts the loop off at the time limit, and grades again only the failed tasks that are not stubs")
    void onlyWhatTheRunawayCouldSpoilIsGradedAgain() throws Exception {
        Submissions submissions = Submissions.forACopyOfTheCourse(folder);
        // MyBatis loops in its first findById (task 1) and lets duplicates through (task 4); Hibernate is still the stub.
        Path dan = submissions.findByIdLoops(submissions.myBatisOnly("dan"));
        Submissions.replace(dan, Submissions.MYBATIS,
                "throw new DuplicateReviewException(review.bookId(), review.reader(), e);", "throw e;");
        Path json = folder.resolve("report.json");
        long start = System.nanoTime();

        // A limit no honest test comes near, even on a busy machine (GradeHostileTest's too): only the endless loop
        // may meet it. The grading waits this long for the loop, so it is the smallest such limit, as in GradeHostileTest.
        LearnRun run = LearnRun.of(submissions.course.root, "grade", dan.toString(), "--time-limit", "8", "--db", "h2",
                "--json", json.toString());

        // Ended at all, rather than waiting for the loop: not a measure of speed.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(5));
        assertThat(run.output()).as(run.toString()).contains("dan: 3 of 13 points", "✘ task 1", "did not finish in time",
                "✔ task 2", "✘ task 3");
        GradeReport.Exercise graded = GradeReport.fromJson(Files.readString(json), GradeReport.class)
                .submissions().get(0).exercises().get(0);
        assertThat(graded.tasks()).extracting(GradeReport.Task::timedOut).containsExactly(true, false, false, false, false);
        // Task 4's MyBatis half fails on the learner's own code: the runaway could have spoiled that, so it is graded
        // again. Tasks 3 and 5 fail only at Hibernate's stubs, at once: no thread changes that. Task 1 is the loop.
        assertThat(graded.tasks()).extracting(GradeReport.Task::regraded).containsExactly(false, false, false, true, false);
        assertThat(graded.tasks().get(3).failures()).anySatisfy(test -> assertThat(test.todoTask()).isNull());
        assertThat(graded.tasks().get(4).failsAtStubs()).isTrue();
    }
}

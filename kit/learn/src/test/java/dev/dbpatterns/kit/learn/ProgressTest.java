package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn` alone, and the progress file behind it. */
@DisplayName("learn: progress")
class ProgressTest {
    @TempDir
    java.nio.file.Path folder;

    private CourseCopy course;

    @BeforeEach
    void copyCourse() {
        course = CourseCopy.in(folder);
    }

    @Test
    @DisplayName("a missing progress file is reported and rebuilt from what passes now")
    void missingIsRebuilt() {
        course.solved();

        LearnRun run = LearnRun.of(course.root);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).contains("there is no .learn/progress.json yet. Rebuilding it from what passes now",
                "repository: 5 of 5 tasks pass", "5 of 5 tasks · 1 of 1 exercises", "The course is done");
        assertThat(course.read(ProgressFile.PATH)).contains("\"repository\"");
    }

    @Test
    @DisplayName("a damaged progress file is reported, kept aside and rebuilt: never a stack trace")
    void damagedIsRebuilt() {
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": [tru");

        LearnRun run = LearnRun.of(course.root);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).contains(".learn/progress.json could not be read (", "it was kept as .learn/progress.json.damaged",
                "repository: 0 of 5 tasks pass");
        assertThat(run.output()).doesNotContain("Exception", "\tat ");
        assertThat(course.read(".learn/progress.json.damaged")).isEqualTo("{\"version\": 1, \"exercises\": [tru");
        assertThat(course.read(ProgressFile.PATH)).contains("\"passedTasks\": []");
    }

    @Test
    @DisplayName("shows a bar over the course's tasks and the next step: which task, which files, which command")
    void showsTheNextStep() {
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1, 2]}}}");

        LearnRun run = LearnRun.of(course.root);

        assertThat(run.output()).contains("2 of 5 tasks · 0 of 1 exercises",
                "Next: repository, task 3 of 5: Hibernate: add, find and search the same way",
                "exercises/repository/src/main/java/dev/dbpatterns/exercises/repository/hibernate/HibernateReviews.java (look for TODO(task 3))",
                "./learn check");
        assertThat(run.output()).doesNotContain("Rebuilding");
    }

    @Test
    @DisplayName("list shows every exercise and its tasks, marking what passed")
    void listsTheCourse() {
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1]}}}");

        LearnRun run = LearnRun.of(course.root, "list");

        assertThat(run.output()).contains("▶ repository", "(pattern repository, 1 of 5 tasks)",
                "✔ task 1  MyBatis: add a review and find it by id", "· task 2  MyBatis: search");
    }

    @Test
    @DisplayName("a course file that is not valid JSON is named, with what is wrong, and nothing runs")
    void brokenCourseFile() throws Exception {
        Files.writeString(course.path(Course.FILE), "{ \"exercises\": [ { \"name\": ");

        LearnRun run = LearnRun.of(course.root, "list");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("exercises/course.json is not valid JSON");
    }
}

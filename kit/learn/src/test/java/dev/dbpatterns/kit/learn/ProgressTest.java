package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
        // A rebuild runs the exercise on the databases CATALOG_DB names, three in CI: what it records is decided the same
        // way on each, so H2 proves it. A test that names --db still gets its own.
        System.setProperty("catalog.db", "h2");
    }

    @AfterEach
    void clearDatabase() {
        System.clearProperty("catalog.db");
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

    @Test
    @DisplayName("a task number the course does not have makes the file unusable: it never unlocks a solution")
    void unknownTasksAreRefused() {
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1, 2, 3, 4, 99]}}}");

        LearnRun run = LearnRun.of(course.root, "solution", "repository");

        assertThat(run.output()).contains("repository has tasks 1 to 5, not [1, 2, 3, 4, 99]", "kept as .learn/progress.json.damaged")
                .doesNotContain("Exception");
        assertThat(run.exitCode()).as(run.toString()).isNotZero();
    }

    @Test
    @DisplayName("a progress file far too large to be one is set aside, not read")
    void hugeFileIsSetAside() throws Exception {
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {}, \"padding\": \"" + "x".repeat(2 << 20) + "\"}");

        LearnRun run = LearnRun.of(course.root);

        assertThat(run.output()).contains("could not be read (it is ", "far more than a progress file holds");
        assertThat(Files.size(course.path(ProgressFile.PATH))).isLessThan(ProgressFile.LARGEST);
    }

    @Test
    @DisplayName("a save merges with what another run recorded meanwhile, never writing back an older copy")
    void savesMergeWithTheDisk() {
        Course wholeCourse = Course.load(CourseCopy.REAL_ROOT);
        ProgressFile file = new ProgressFile(course.root);
        Progress watchStartedWith = file.update(wholeCourse, onDisk -> onDisk.with("repository", List.of(1), "t0"));
        // learn check in a second terminal records another exercise …
        file.update(wholeCourse, onDisk -> onDisk.with("unit-of-work", List.of(1, 2, 3, 4), "t1"));
        // … and learn watch, started before that, records its own: both stay.
        Progress saved = file.update(wholeCourse, onDisk -> onDisk.with("repository", List.of(1, 2), "t2"));

        assertThat(watchStartedWith.passedTasks("unit-of-work")).isEmpty();
        assertThat(saved.passedTasks("unit-of-work")).containsExactly(1, 2, 3, 4);
        assertThat(saved.passedTasks("repository")).containsExactly(1, 2);
        assertThat(file.read(wholeCourse)).isEqualTo(new ProgressFile.Read.Found(saved));
    }

    @Test
    @DisplayName("a check in which tests were skipped (database down) records nothing, and says so")
    void skippedCheckRecordsNothing() {
        course.solved();
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1, 2, 3, 4, 5]}}}");
        // Skipped, not failed, whatever CATALOG_DB_REQUIRED the build runs with.
        System.setProperty("catalog.db.required", "false");
        System.setProperty("catalog.postgres.url", "jdbc:postgresql://127.0.0.1:1/test");
        try {
            LearnRun run = LearnRun.of(course.root, "check", "repository", "--db", "postgres");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains("tests were skipped", "was not recorded in .learn/progress.json");
        } finally {
            System.clearProperty("catalog.db.required");
            System.clearProperty("catalog.postgres.url");
        }
        assertThat(course.read(ProgressFile.PATH)).contains("1,", "5");
    }

    @Test
    @DisplayName("a .learn that cannot be written is one clear line, not a stack trace")
    void unwritableLearnFolder() {
        course.write(".learn", "not a folder"); // as unwritable as it gets, even for root

        LearnRun run = LearnRun.of(course.root, "check", "--db", "h2");

        assertThat(run.output()).contains("Could not save .learn/progress.json (", "Make the folder .learn writable")
                .doesNotContain("\tat ");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}

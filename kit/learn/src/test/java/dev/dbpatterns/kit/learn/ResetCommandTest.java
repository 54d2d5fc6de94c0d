package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn reset`, in a git repository of its own, as a learner's clone is. */
@DisplayName("learn reset")
class ResetCommandTest {
    @TempDir
    Path folder;

    private CourseCopy course;
    private String stub;

    @BeforeEach
    void cloneAndEdit() throws Exception {
        course = CourseCopy.in(folder);
        git("init", "-q");
        git("add", "exercises", "solutions");
        git("-c", "user.name=learner", "-c", "user.email=learner@example.org", "commit", "-q", "-m", "the course");
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {\"repository\": {\"passedTasks\": [1]}}}");
        stub = course.read(CourseCopy.STUB_MYBATIS);
        course.solved();
    }

    @Test
    @DisplayName("asks first, and changes nothing when the answer is not yes")
    void asksFirst() {
        LearnRun run = LearnRun.withInput(course.root, "n\n", "reset", "repository");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("This puts the 3 files of exercises/repository/src/main back as they came",
                "Reset repository? [y/N]", "Nothing was changed.");
        assertThat(course.read(CourseCopy.STUB_MYBATIS)).isNotEqualTo(stub);
    }

    @Test
    @DisplayName("two resets in the same second keep two backups, side by side")
    void resetsInTheSameSecond() throws IOException {
        LearnRun first = LearnRun.of(course.root, "reset", "repository", "--yes");
        course.solved();
        LearnRun second = LearnRun.of(course.root, "reset", "repository", "--yes");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        try (Stream<Path> backups = Files.list(course.path(".learn/backups"))) {
            assertThat(backups.count()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("puts the stubs back from git, keeps the learner's files in a backup and clears the exercise's progress")
    void resetsWithABackup() throws IOException {
        String learnersWork = course.read(CourseCopy.STUB_MYBATIS);

        LearnRun run = LearnRun.withInput(course.root, "y\n", "reset", "repository");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(course.read(CourseCopy.STUB_MYBATIS)).isEqualTo(stub);
        try (Stream<Path> backups = Files.list(course.path(".learn/backups"))) {
            Path backup = backups.findFirst().orElseThrow();
            assertThat(backup.resolve("src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java"))
                    .hasContent(learnersWork);
        }
        assertThat(course.read(ProgressFile.PATH)).contains("\"passedTasks\": []");
    }

    @Test
    @DisplayName("needs the exercise's name, and says which there are")
    void needsAName() {
        LearnRun run = LearnRun.of(course.root, "reset");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("learn reset needs the name of the exercise to reset (exercises: repository)");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as("git " + String.join(" ", args) + ": " + output).isZero();
    }
}

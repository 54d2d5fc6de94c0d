package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn check` in a JVM of its own (as ./learn runs it), on an exercise whose code ends the JVM. */
@DisplayName("learn check, when the code under test calls System.exit")
class CheckEndedTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("names the test that was running and exits 1, instead of ending silently with 0")
    void saysWhichTestEndedTheRun() throws Exception {
        CourseCopy course = CourseCopy.in(folder).solved();
        Submissions.replace(course.path("exercises"), Submissions.MYBATIS, "public Optional<Review> findById(long id) {",
                "public Optional<Review> findById(long id) {\n        System.exit(0);");
        Process learn = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlearn.root=" + course.root, Learn.class.getName(),
                "check", "repository", "--db", "h2").redirectErrorStream(true).start();
        learn.getOutputStream().close();
        String output = new String(learn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(learn.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();

        assertThat(learn.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("✘ repository: the run ended in ", "(task 1)", "the code under test ended the JVM (System.exit?)");
        assertThat(course.path(".learn/progress.json")).as("nothing recorded").satisfiesAnyOf(
                progress -> assertThat(progress).doesNotExist(),
                progress -> assertThat(Files.readString(progress)).doesNotContain("\"repository\""));
    }
}

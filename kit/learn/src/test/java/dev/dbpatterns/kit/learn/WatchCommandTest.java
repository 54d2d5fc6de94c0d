package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `learn watch`: checks, waits for a save, checks again; with file-system events and by polling. */
@DisplayName("learn watch")
class WatchCommandTest {
    @TempDir
    Path folder;

    @ValueSource(strings = {"with file-system events", "--poll"})
    @DisplayName("checks again after a save")
    @ParameterizedTest
    void checksAgainAfterASave(String how) throws Exception {
        CourseCopy course = CourseCopy.in(folder);
        course.write(ProgressFile.PATH, "{\"version\": 1, \"exercises\": {}}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("watch", "repository", "--db", "h2"));
        if (how.equals("--poll")) {
            args.add("--poll");
        }
        Learn learn = new Learn(course.root, new Output(new PrintStream(printed, true, StandardCharsets.UTF_8), false),
                new BufferedReader(new StringReader("")));
        Thread watch = new Thread(() -> learn.run(args.toArray(String[]::new)), "learn-watch");
        watch.start();
        try {
            awaitOutput(printed, "Watching exercises/repository/src/main", 1);
            course.solved(); // a save: the learner's files change

            awaitOutput(printed, "Checked in", 2);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("changed, checking again", "✔ repository passes");
        } finally {
            watch.interrupt();
            watch.join(Duration.ofSeconds(30));
        }
        assertThat(watch.isAlive()).as("the watch stops when interrupted (Ctrl-C)").isFalse();
    }

    private static void awaitOutput(ByteArrayOutputStream printed, String text, int times) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (occurrences(printed.toString(StandardCharsets.UTF_8), text) < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' did not appear " + times + " times; the output was:\n"
                        + printed.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    private static int occurrences(String output, String text) {
        return output.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}

package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn grade` on a class's submissions: in parallel as one at a time, the same grade every time, Exercism's format. */
@DisplayName("learn grade, a class")
class GradeClassTest {
    @TempDir
    Path folder;

    private Submissions submissions;

    @BeforeEach
    void copyCourse() {
        submissions = Submissions.forACopyOfTheCourse(folder);
    }

    @Test
    @DisplayName("grades in parallel exactly as one at a time, and the same submission the same way each time")
    void parallelAndRepeatable() throws Exception {
        submissions.solved("ann");
        submissions.duplicatesLetThrough("bob");

        // Each submission graded twice, once beside the other and once alone: the two reports must be the same.
        JsonObject parallel = grade("--jobs", "2");
        JsonObject oneAtATime = grade("--jobs", "1");

        assertThat(parallel).isEqualTo(oneAtATime);
        List<JsonObject> graded = submissionsOf(parallel);
        assertThat(graded).extracting(s -> s.get("name").getAsString()).containsExactly("ann", "bob");
        assertThat(graded).extracting(s -> s.get("points").getAsInt()).containsExactly(13, 11);
    }

    /** The report without its time stamp: all that may differ between two gradings of the same folder. */
    private JsonObject grade(String... options) throws Exception {
        Path json = folder.resolve("report.json");
        String[] args = new String[options.length + 6];
        System.arraycopy(new String[] {"grade", submissions.folder.toString(), "--db", "h2", "--json", json.toString()},
                0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        LearnRun run = LearnRun.of(submissions.course.root, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).containsSubsequence("ann … ", "bob … ");
        JsonObject report = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        report.remove("gradedAt");
        return report;
    }

    private static List<JsonObject> submissionsOf(JsonObject report) {
        return report.getAsJsonArray("submissions").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    @Test
    @DisplayName("writes Exercism's results.json, version 3, for each exercise of each submission")
    void exercismResults() throws Exception {
        submissions.myBatisOnly("cat");
        Path broken = submissions.solved("eve");
        Submissions.replace(broken, Submissions.MYBATIS, "return review;", "return review");
        Path results = folder.resolve("results");

        LearnRun run = LearnRun.of(submissions.course.root, "grade", submissions.folder.toString(), "--db", "h2",
                "--format", "exercism", "--report", results.toString());

        assertThat(run.output()).as(run.toString()).contains("cat: 5 of 13 points", "eve: 0 of 13 points",
                "Exercism results (2 results.json): " + results);
        JsonObject cat = read(results.resolve("cat/repository/results.json"));
        assertThat(cat.get("version").getAsInt()).isEqualTo(3);
        assertThat(cat.get("status").getAsString()).isEqualTo("fail");
        List<JsonObject> tests = cat.getAsJsonArray("tests").asList().stream().map(JsonElement::getAsJsonObject).toList();
        assertThat(tests).extracting(test -> test.get("task_id").getAsInt()).isSorted().contains(1, 2, 3, 4, 5);
        assertThat(tests).filteredOn(test -> test.get("task_id").getAsInt() <= 2)
                .allSatisfy(test -> assertThat(test.get("status").getAsString()).isEqualTo("pass"));
        assertThat(tests).filteredOn(test -> test.get("task_id").getAsInt() == 3).isNotEmpty().allSatisfy(test -> {
            assertThat(test.get("status").getAsString()).isEqualTo("fail");
            assertThat(test.get("message").getAsString()).startsWith("not written yet: TODO(task 3)")
                    .contains("\nat cat/" + Submissions.HIBERNATE + ":");
            assertThat(test.get("name").getAsString()).endsWith(" › on H2 (in memory)");
        });
        assertThat(tests).extracting(test -> test.get("name").getAsString()).doesNotHaveDuplicates();
        JsonObject eve = read(results.resolve("eve/repository/results.json"));
        assertThat(eve.get("status").getAsString()).isEqualTo("error");
        assertThat(eve.get("message").getAsString()).contains("does not compile", "MyBatisReviews.java", "';' expected");
    }

    private static JsonObject read(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }
}

package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn grade`: submissions are copies of exercises/, graded by the course's own tests in a JVM each. */
@DisplayName("learn grade")
class GradeCommandTest {
    /**
     * One class graded once, read by the first tests: ann solved the exercise, bob handed in the stubs
     * without their tests, cat wrote only the MyBatis half. The course lists an exercise none of them
     * holds. A grading JVM per submission is what costs; the refusals below grade nothing.
     */
    @TempDir
    static Path classFolder;

    private static LearnRun graded;
    private static GradeReport report;

    @TempDir
    Path folder;

    private Submissions submissions;
    private CourseCopy course;

    @BeforeAll
    static void gradeAClass() throws Exception {
        Submissions handedIn = Submissions.forACopyOfTheCourse(classFolder);
        handedIn.course.replace(Course.FILE, "\"exercises\": [", """
                "exercises": [
                  {"name": "unit-of-work", "pattern": "unit-of-work", "title": "not handed out yet",
                   "folder": "exercises/unit-of-work", "solution": "solutions/unit-of-work",
                   "tasks": [{"title": "a task", "points": 5, "hint": ["none"]}]},""");
        handedIn.solved("ann");
        CourseCopy.delete(handedIn.stub("bob").resolve("repository/src/test"));
        handedIn.myBatisOnly("cat");
        // Given as an instructor may type it: the report's path is printed and written normalised.
        Path json = classFolder.resolve("reports/../report.json");

        graded = LearnRun.of(handedIn.course.root, "grade", handedIn.folder.toString(), "--json", json.toString(), "--db", "h2");

        assertThat(graded.exitCode()).as(graded.toString()).isZero();
        report = GradeReport.fromJson(Files.readString(classFolder.resolve("report.json")), GradeReport.class);
    }

    @BeforeEach
    void copyCourse() {
        submissions = Submissions.forACopyOfTheCourse(folder);
        course = submissions.course;
    }

    @Test
    @DisplayName("gives the stubs 0 points and the solutions full points, in text and in a JSON report")
    void stubsScoreNothingSolutionsEverything() {
        assertThat(graded.output()).contains("Grading 3 submissions", "ann: 13 of 13 points", "bob: 0 of 13 points",
                "cat: 5 of 13 points", "✔ task 5", "✘ task 1", "not written yet: TODO(task 1)",
                "JSON report: " + classFolder.resolve("report.json"));
        assertThat(report.submissions()).extracting(GradeReport.Submission::name, GradeReport.Submission::points,
                GradeReport.Submission::maxPoints).containsExactly(tuple("ann", 13, 13), tuple("bob", 0, 13), tuple("cat", 5, 13));
        GradeReport.Exercise stub = report.submissions().get(1).exercises().get(0);
        assertThat(stub.tasks()).allSatisfy(task -> assertThat(task.passed()).isFalse())
                .extracting(GradeReport.Task::maxPoints).containsExactly(2, 3, 3, 2, 3);
        // Every task fails; a test that checks only the exercise's own fixtures (the codes a database
        // really sends) may pass on the stub, as it should.
        assertThat(stub.tasks()).flatExtracting(GradeReport.Task::tests).allSatisfy(test -> {
            assertThat(test.database()).isEqualTo("H2 (in memory)");
            assertThat(test.name()).as("a test's name, the database apart").doesNotContainPattern("\\([^)]*\\(")
                    .doesNotContain("H2 (in memory)");
        });
        assertThat(report.submissions().get(0).exercises().get(0).tasks()).flatExtracting(GradeReport.Task::tests)
                .extracting(GradeReport.Test::status).containsOnly("passed");
        assertThatEarlierTodosAreNamed(graded, report.submissions().get(2));
    }

    /** A task that fails only because an earlier task is still a TODO says which tasks it waits for. */
    private static void assertThatEarlierTodosAreNamed(LearnRun run, GradeReport.Submission myBatisOnly) {
        // The stub's task 4 asserts a DuplicateReviewException, but gets the stubs of tasks 1 (MyBatis) and 3 (Hibernate).
        assertThat(run.output())
                .containsPattern("✘ task 4 .* — needs tasks 1 and 3 first: TODO\\(task 1\\): .* \\(MyBatisReviews.java:\\d+\\)")
                .doesNotContain("Ada reviews Dune a second time");
        assertThat(myBatisOnly.exercises().get(0).tasks().get(3).failures()).isNotEmpty().allSatisfy(test -> {
            assertThat(test.name()).contains("Hibernate");
            assertThat(test.todoTask()).isEqualTo(3);
            assertThat(test.message()).startsWith("needs task 3 first: TODO(task 3)");
            assertThat(test.location()).startsWith("cat/" + Submissions.HIBERNATE + ":");
        });
    }

    @Test
    @DisplayName("counts only the exercises a submission holds, and says which it does not")
    void missingExercisesAreNotCounted() {
        assertThat(graded.output()).as(graded.toString()).contains("ann: 13 of 13 points",
                "not in the submission, not counted: unit-of-work");
        GradeReport.Submission ann = report.submissions().get(0);
        assertThat(ann.maxPoints()).isEqualTo(13);
        assertThat(ann.exercises()).extracting(GradeReport.Exercise::name).containsExactly("repository");
        assertThat(ann.notSubmitted()).containsExactly("unit-of-work");
    }

    @Test
    @DisplayName("grades with the course's tests, not the ones in the submission")
    void submittedTestsAreIgnored() {
        // bob deleted the tests from his copy: the course's still ran, and failed every task on his stubs.
        assertThat(report.submissions().get(1).exercises().get(0).tasks()).allSatisfy(task -> {
            assertThat(task.tests()).isNotEmpty();
            assertThat(task.passed()).isFalse();
        });
        assertThat(graded.output()).contains("bob: 0 of 13 points");
    }

    @Test
    @DisplayName("a folder without any submission is refused, saying what a submission is")
    void noSubmission() {
        LearnRun run = LearnRun.of(course.root, "grade", submissions.folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("holds no submission: a submission is a copy of exercises/");
    }

    @Test
    @DisplayName("refuses each bad option in one line, before grading anything")
    void badOptionsAreOneLine() throws Exception {
        submissions.stub("bob");
        Path aFile = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        String[][] mistakes = {
                {"--jobs", "0"}, {"--jobs", "many"}, {"--jobs", "100000"}, {"--format", "xml"},
                {"--format", "exercism"}, {"--format", "exercism", "--report", aFile.toString()},
                {"--report", folder.toString()}};
        String[] expected = {
                "--jobs 0 is not a number of submissions to grade at once: use 1 to ",
                "--jobs many is not a number of submissions to grade at once",
                "--jobs 100000 is not a number of submissions to grade at once",
                "--format xml is not a report format: learn or exercism",
                "--format exercism writes a results.json for each exercise of each submission: name the folder",
                aFile + " is a file: with --format exercism, --report names the folder",
                folder + " is a folder: --report names the JSON file"};

        for (int i = 0; i < mistakes.length; i++) {
            String[] args = new String[mistakes[i].length + 2];
            args[0] = "grade";
            args[1] = submissions.folder.toString();
            System.arraycopy(mistakes[i], 0, args, 2, mistakes[i].length);

            LearnRun run = LearnRun.of(course.root, args);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.output().strip()).as(String.join(" ", mistakes[i])).startsWith("learn: " + expected[i])
                    .doesNotContain("\n", "Grading");
        }
    }
}

package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learn grade --report` is checked before grading starts, and never overwrites the course or a submission. */
@DisplayName("learn grade --report")
class GradeReportPathTest {
    private static final String NOT_A_REPORT = "{\"notes\": \"the instructor's own\"}\n";

    @TempDir
    Path folder;

    private Submissions submissions;
    private CourseCopy course;

    @BeforeEach
    void copyCourse() {
        submissions = Submissions.forACopyOfTheCourse(folder);
        course = submissions.course;
        submissions.stub("bob");
    }

    /** Refused with exit 2 in one line, before anything was graded; the file named is as it was. */
    private void assertRefused(Path report, String message, String... options) throws IOException {
        String before = Files.isRegularFile(report) ? Files.readString(report) : null;
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"grade", submissions.folder.toString(), "--report", report.toString()}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);

        LearnRun run = LearnRun.of(course.root, args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.output().strip()).as(run.toString()).isEqualTo("learn: " + message);
        if (before == null) {
            assertThat(Files.isRegularFile(report)).as("no report written").isFalse();
        } else {
            assertThat(report).hasContent(before);
        }
    }

    @Test
    @DisplayName("never overwrites the course file, nor writes into the course's folders")
    void courseIsNeverWritten() throws IOException {
        String courseFile = course.read(Course.FILE);
        for (String inCourse : new String[] {"exercises", "solutions", "kit", "patterns", ".learn"}) {
            Path report = course.path(inCourse.equals("exercises") ? Course.FILE : inCourse + "/grades.json");

            assertRefused(report, report + " is in the course's " + inCourse + "/ folder: learn grade never writes into"
                    + " the course. Write the report outside the course's folders.");
        }
        assertThat(course.read(Course.FILE)).isEqualTo(courseFile);
    }

    @Test
    @DisplayName("never overwrites one of the course root's files")
    void courseRootFiles() throws IOException {
        course.write("pom.xml", "<project/>\n");

        assertRefused(course.path("pom.xml"), course.path("pom.xml") + " is one of the course's files and is not a learn"
                + " grade report: learn grade replaces only its own reports. Name a new file, or move that one away first.");
    }

    @Test
    @DisplayName("a link does not lead the report into the course")
    void linksAreFollowed() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("handouts"), course.path("exercises"));

        assertRefused(link.resolve("course.json"), link.resolve("course.json") + " is in the course's exercises/ folder:"
                + " learn grade never writes into the course. Write the report outside the course's folders.");
    }

    @Test
    @DisplayName("never writes into a submission being graded, in either format")
    void submissionsAreNeverWritten() throws IOException {
        Path bob = submissions.folder.resolve("bob");
        Path inBob = bob.resolve("repository/grades.json");
        String graded = ", a submission being graded: the report would change what is graded. Write it outside"
                + " the submissions and the course.";

        assertRefused(inBob, inBob + " is in " + bob + graded);
        // Exercism's results go to <folder>/<submission>/…: the submissions' own folders would be written into.
        assertRefused(submissions.folder, submissions.folder + " holds " + bob + graded, "--format", "exercism");
    }

    @Test
    @DisplayName("never overwrites a file that is not a learn grade report")
    void otherFilesAreNeverOverwritten() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.json"), NOT_A_REPORT);
        Path text = Files.writeString(folder.resolve("grades.txt"), "Ann: A\n");

        for (Path file : new Path[] {notes, text}) {
            assertRefused(file, file + " exists and is not a learn grade report: learn grade replaces only its own"
                    + " reports. Name a new file, or move that one away first.");
        }
    }

    @Test
    @DisplayName("a report that could not be written is refused before grading, not lost after it")
    void unwritablePlace() throws IOException {
        Path aFile = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path report = aFile.resolve("grades/report.json");

        assertRefused(report, "Cannot write the report to " + report + ": " + aFile.toRealPath() + " is a file, not a folder."
                + " Name a path in a folder.");
    }

    @Test
    @DisplayName("a folder that may not be written to is refused before grading")
    void lockedFolder() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "this user may write anywhere (root)");
            Path report = locked.resolve("report.json");

            assertRefused(report, "Cannot write the report to " + report + ": " + locked.toRealPath() + " may not be written to."
                    + " Name a path in a folder you can write to.");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName("replaces an earlier report of its own")
    void earlierReportIsReplaced() throws IOException {
        Path earlier = Files.writeString(folder.resolve("grades.json"),
                new GradeReport("an earlier run", "2026-01-01T00:00:00Z", "H2", 10, "bubblewrap", List.of()).toJson());
        // bob's code does not compile: graded in a moment, and the report is as much a report as any.
        Submissions.replace(submissions.folder.resolve("bob"), Submissions.MYBATIS, "this.sessions = sessions;", "this.sessions = sessions");

        LearnRun run = LearnRun.of(course.root, "grade", submissions.folder.toString(), "--db", "h2", "--json", earlier.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).contains("bob: 0 of 13 points", "JSON report: " + earlier);
        assertThat(GradeReport.fromJson(Files.readString(earlier), GradeReport.class).submissions())
                .extracting(GradeReport.Submission::name).containsExactly("bob");
    }
}

package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `learn lessons` and `learn lesson`, on a small pattern module made here: one lesson, compiled
 * against lesson-kit as a pattern's build would, so the run is real and does not depend on
 * another module's build.
 */
@DisplayName("learn lessons and learn lesson")
class LessonCommandTest {
    private static final String LESSON = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import dev.dbpatterns.kit.lesson.DatabaseTest;
            import dev.dbpatterns.kit.lesson.LessonDatabase;
            import dev.dbpatterns.kit.lesson.SqlLog;
            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Test;

            @DatabaseTest(migrate = false)
            @DisplayName("Counting: the database does the sums")
            class CountingLesson {
                @Test
                @DisplayName("one SELECT asks the database to add")
                void adds(LessonDatabase db, SqlLog sql) throws Exception {
                    try (var connection = db.dataSource().getConnection();
                         var result = connection.createStatement().executeQuery("select 40 + 2")) {
                        result.next();
                        assertEquals(42, result.getInt(1));
                    }
                    sql.expect().selects(1);
                }
            }
            """;

    @TempDir
    Path folder;

    private CourseCopy course;

    @BeforeEach
    void makeAPatternWithALesson() throws Exception {
        course = CourseCopy.in(folder);
        Path module = course.path("patterns/demo");
        Path source = module.resolve("src/test/java/demo/CountingLesson.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, LESSON);
        Path classpathFile = course.path("exercises/repository/" + ExerciseFolder.CLASSPATH_FILE);
        String classpath = Workspace.readClasspath(classpathFile).stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Files.createDirectories(module.resolve("target/test-classes"));
        Files.createDirectories(module.resolve("target/classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                module.resolve("target/test-classes").toString(), "-cp", classpath, source.toString());
        assertThat(compiled).as("the lesson compiles").isZero();
        Files.copy(classpathFile, module.resolve(ExerciseFolder.CLASSPATH_FILE));
    }

    private record Printed(int exitCode, String output) {
    }

    private Printed lesson(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream console = System.out;
        System.setOut(out); // where lesson-kit's tree printer writes
        try {
            int exitCode = new Learn(course.root, new Output(out, false), new BufferedReader(new StringReader("")))
                    .run(args);
            return new Printed(exitCode, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }

    @Test
    @DisplayName("lesson runs a pattern's lessons in-process, each step printed with the SQL it sent")
    void runsLessons() {
        Printed run = lesson("lesson", "demo", "--db", "h2");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Counting: the database does the sums", "on H2 (in memory)",
                "✔ one SELECT asks the database to add", "select 40 + 2;", "✔ 1 of 1 steps passed");
        assertThat(course.path("patterns/demo/target/lesson-sql/CountingLesson/adds.sql")).exists();
    }

    @Test
    @DisplayName("a run in which every step was skipped (the server is down) is not a success")
    void everyStepSkippedFails() {
        // Skipped, not failed, whatever CATALOG_DB_REQUIRED the build runs with.
        System.setProperty("catalog.db.required", "false");
        System.setProperty("catalog.postgres.url", "jdbc:postgresql://127.0.0.1:1/test");
        Printed run;
        try {
            run = lesson("lesson", "demo", "--db", "postgres");
        } finally {
            System.clearProperty("catalog.db.required");
            System.clearProperty("catalog.postgres.url");
        }

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("PostgreSQL at jdbc:postgresql://127.0.0.1:1/test did not answer",
                "✘ 0 of 1 steps passed, 1 skipped: no step ran.").doesNotContain("✔ 0 of 1");
    }

    @Test
    @DisplayName("lessons lists the patterns and their lessons; an unknown pattern or lesson gets the valid ones")
    void listsAndRefuses() {
        assertThat(LearnRun.of(course.root, "lessons").output()).contains("demo", "1 lesson: CountingLesson");
        assertThat(LearnRun.of(course.root, "lesson", "reviews").output())
                .contains("There is no pattern 'reviews' with lessons. Patterns: demo.");
        assertThat(LearnRun.of(course.root, "lesson", "demo", "Paging").output())
                .contains("No lesson of demo has 'Paging' in its name. Lessons: CountingLesson.");
        assertThat(LearnRun.of(course.root, "lesson").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("lessons lists the patterns in teaching order: patterns/pom.xml's module lines, unlisted folders last")
    void listsInTeachingOrder() throws Exception {
        for (String pattern : List.of("alpha", "zeta")) {
            Path lesson = course.path("patterns/" + pattern + "/src/test/java/" + pattern + "/FirstLesson.java");
            Files.createDirectories(lesson.getParent());
            Files.writeString(lesson, "class FirstLesson {}");
        }
        Files.writeString(course.path("patterns/pom.xml"), "<modules><module>zeta</module><module>demo</module></modules>");

        String listed = LearnRun.of(course.root, "lessons").output();

        assertThat(listed.indexOf("zeta")).as(listed).isNotNegative().isLessThan(listed.indexOf("demo"));
        assertThat(listed.indexOf("demo")).as(listed).isLessThan(listed.indexOf("alpha"));
    }
}

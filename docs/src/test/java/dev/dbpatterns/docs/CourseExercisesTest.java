package dev.dbpatterns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.learn.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The exercise section of a pattern page comes from the course file")
class CourseExercisesTest {
    private static final String COURSE = """
            {"title": "t", "exercises": [
              {"name": "shelves", "pattern": "unit-of-work", "title": "Shelves by hand", "folder": "exercises/shelves",
               "solution": "solutions/shelves", "tasks": [
                 {"title": "MyBatis: the identity map", "points": 2, "hint": ["h"]},
                 {"title": "Hibernate | the Session", "points": 3, "hint": ["h"]}]}]}
            """;

    @TempDir
    Path out;

    @Test
    @DisplayName("one file per pattern, with every task, its points, and the commands that check it")
    void writesEachExercise() throws IOException {
        Files.createDirectories(out.resolve("exercises"));
        Files.writeString(out.resolve(Course.FILE), COURSE);

        CourseExercises.main(new String[] {out.toString(), out.resolve("pages").toString()});

        assertThat(out.resolve("pages/unit-of-work.adoc")).content()
                .contains("*Shelves by hand*, in `exercises/shelves`: 2 tasks, 5 points")
                .contains("| 1 | MyBatis: the identity map | 2")
                .contains("| 2 | Hibernate \\| the Session | 3")
                .contains("./learn check shelves")
                .contains("`solutions/shelves`");
    }

    @Test
    @DisplayName("the real course has an exercise for every pattern page")
    void realCourseCoversThePatterns() throws IOException {
        var exercises = Course.load(Path.of("..")).exercises();

        assertThat(exercises).extracting(Course.Exercise::pattern)
                .contains("repository", "unit-of-work", "transactions");
    }
}

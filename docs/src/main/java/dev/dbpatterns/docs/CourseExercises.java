package dev.dbpatterns.docs;

import dev.dbpatterns.kit.learn.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each course exercise's part of its pattern page from {@code exercises/course.json}, read
 * by the learn CLI's own model of the course (the one its check and grader read): a page shows
 * the tasks the course really has, and a page whose pattern has no exercise fails to render (its
 * include is missing).
 */
public final class CourseExercises {

    private CourseExercises() {
    }

    /** Arguments: the project root (where exercises/course.json is), the folder to write to. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Give the project root and the folder to write to; got " + String.join(" ", args));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Course.Exercise exercise : Course.load(Path.of(args[0])).exercises()) {
            Files.writeString(out.resolve(exercise.pattern() + ".adoc"), asciidoc(exercise));
        }
    }

    static String asciidoc(Course.Exercise exercise) {
        StringBuilder page = new StringBuilder()
                .append("The course's exercise for this pattern is *").append(exercise.title()).append("*, in `")
                .append(exercise.folder()).append("`: ").append(exercise.tasks().size()).append(" tasks, ")
                .append(exercise.maxPoints()).append(" points. The stubs compile and throw `TODO(task N)`; the tests are ")
                .append("the specification, and they run on H2, PostgreSQL and MariaDB.\n\n")
                .append("[cols=\"1,8,1\",options=\"header\"]\n|===\n| task | what you build | points\n");
        for (int i = 0; i < exercise.tasks().size(); i++) {
            Course.Task task = exercise.tasks().get(i);
            page.append("| ").append(i + 1).append(" | ").append(task.title().replace("|", "\\|"))
                    .append(" | ").append(task.points()).append('\n');
        }
        return page.append("|===\n\n")
                .append("[source,shell]\n----\n")
                .append("./learn check ").append(exercise.name()).append("   # the first failing task, and why\n")
                .append("./learn watch ").append(exercise.name()).append("   # the same on every save\n")
                .append("./learn hint            # a hint for the task you are on\n")
                .append("----\n\n")
                .append("The worked solution is in `").append(exercise.solution())
                .append("`; `./learn solution` shows it once your exercise passes.\n")
                .toString();
    }
}

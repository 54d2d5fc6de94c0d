package dev.dbpatterns.docs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each course exercise's part of its pattern page from {@code exercises/course.json}, the
 * file the learn CLI and the course check read: a page shows the tasks the course really has,
 * and a page whose pattern has no exercise fails to render (its include is missing).
 */
public final class CourseExercises {

    public record Task(String title, int points) {
    }

    public record Exercise(String name, String pattern, String title, String folder, String solution, List<Task> tasks) {
        int points() {
            return tasks.stream().mapToInt(Task::points).sum();
        }
    }

    private CourseExercises() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Give the course file and the folder to write to; got " + String.join(" ", args));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Exercise exercise : read(Files.readString(Path.of(args[0])))) {
            Files.writeString(out.resolve(exercise.pattern() + ".adoc"), asciidoc(exercise));
        }
    }

    static List<Exercise> read(String courseFile) {
        List<Exercise> exercises = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(courseFile).getAsJsonObject().getAsJsonArray("exercises")) {
            JsonObject exercise = element.getAsJsonObject();
            List<Task> tasks = new ArrayList<>();
            for (JsonElement task : exercise.getAsJsonArray("tasks")) {
                tasks.add(new Task(task.getAsJsonObject().get("title").getAsString(),
                        task.getAsJsonObject().get("points").getAsInt()));
            }
            exercises.add(new Exercise(text(exercise, "name"), text(exercise, "pattern"), text(exercise, "title"),
                    text(exercise, "folder"), text(exercise, "solution"), tasks));
        }
        return exercises;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key).getAsString();
    }

    static String asciidoc(Exercise exercise) {
        StringBuilder page = new StringBuilder()
                .append("The course's exercise for this pattern is *").append(exercise.title()).append("*, in `")
                .append(exercise.folder()).append("`: ").append(exercise.tasks().size()).append(" tasks, ")
                .append(exercise.points()).append(" points. The stubs compile and throw `TODO(task N)`; the tests are ")
                .append("the specification, and they run on H2, PostgreSQL and MariaDB.\n\n")
                .append("[cols=\"1,8,1\",options=\"header\"]\n|===\n| task | what you build | points\n");
        for (int i = 0; i < exercise.tasks().size(); i++) {
            Task task = exercise.tasks().get(i);
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

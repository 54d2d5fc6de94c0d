package dev.dbpatterns.kit.learn;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of the course to change freely, cut down to its first exercise so the tests do not
 * depend on how many exercises the course has grown: exercises/repository (with its classpath
 * file, so no Maven run is needed), solutions/repository, a course.json listing only it, and its
 * pattern folder. The repository root is two folders up from this module, where Surefire runs.
 */
final class CourseCopy {
    static final Path REAL_ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final String STUB_MAPPER = "exercises/repository/src/main/resources/dev/dbpatterns/exercises/repository/mybatis/ReviewMapper.xml";
    static final String STUB_MYBATIS = "exercises/repository/src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java";
    static final String STUB_HIBERNATE = "exercises/repository/src/main/java/dev/dbpatterns/exercises/repository/hibernate/HibernateReviews.java";

    final Path root;

    private CourseCopy(Path root) {
        this.root = root;
    }

    static final String EXERCISE = "repository";

    static CourseCopy in(Path folder) {
        copyTree(REAL_ROOT.resolve("exercises").resolve(EXERCISE), folder.resolve("exercises").resolve(EXERCISE));
        copyTree(REAL_ROOT.resolve("solutions").resolve(EXERCISE), folder.resolve("solutions").resolve(EXERCISE));
        mkdirs(folder.resolve("patterns").resolve(EXERCISE));
        CourseCopy copy = new CourseCopy(folder);
        copy.write(Course.FILE, onlyTheFirstExercise(copy.readReal(Course.FILE)));
        return copy;
    }

    private static String onlyTheFirstExercise(String courseFile) {
        JsonObject course = JsonParser.parseString(courseFile).getAsJsonObject();
        JsonArray kept = new JsonArray();
        course.getAsJsonArray("exercises").forEach(exercise -> {
            if (exercise.getAsJsonObject().get("name").getAsString().equals(EXERCISE)) {
                kept.add(exercise);
            }
        });
        course.add("exercises", kept);
        return new GsonBuilder().setPrettyPrinting().create().toJson(course);
    }

    private String readReal(String relative) {
        try {
            return Files.readString(REAL_ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercise solved the way a learner might: the solution's files copied over the stubs. */
    CourseCopy solved() {
        copyTree(root.resolve("solutions/repository/src/main"), root.resolve("exercises/repository/src/main"));
        return this;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String content) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.writeString(path(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text that must be there: a test that edits code fails loudly when the code moved on. */
    void replace(String relative, String text, String replacement) {
        String content = read(relative);
        if (!content.contains(text)) {
            throw new IllegalStateException(relative + " no longer contains: " + text);
        }
        write(relative, content.replace(text, replacement));
    }

    /** Copies sources and each exercise's target/learn-classpath.txt; other build output is not needed. */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                boolean inTarget = false;
                for (Path part : relative) {
                    inTarget |= part.toString().equals("target");
                }
                if (inTarget && !relative.endsWith("target") && !relative.endsWith(Path.of("target", "learn-classpath.txt"))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.FileTree;
import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** A pattern module, as `learn lesson` runs it: its lesson classes, what its build compiled, its classpath. */
record PatternModule(String name, Path folder) {

    private static final Pattern MODULE_LINE = Pattern.compile("<module>([^<]+)</module>");

    /**
     * Pattern modules that have lessons (classes named …Lesson under patterns/<name>/src/test/java),
     * in teaching order: the order of patterns/pom.xml's module lines; a folder it does not list comes last.
     */
    static List<PatternModule> withLessons(Path root) {
        List<String> order = teachingOrder(root.resolve("patterns/pom.xml"));
        Comparator<PatternModule> taught = Comparator.comparingInt(module -> {
            int place = order.indexOf(module.name());
            return place < 0 ? Integer.MAX_VALUE : place;
        });
        return FileTree.folders(root.resolve("patterns")).stream()
                .map(path -> new PatternModule(path.getFileName().toString(), path))
                .filter(module -> !module.lessons().isEmpty())
                .sorted(taught.thenComparing(PatternModule::name)).toList();
    }

    private static List<String> teachingOrder(Path parentPom) {
        if (!Files.isRegularFile(parentPom)) {
            return List.of();
        }
        try {
            return MODULE_LINE.matcher(Files.readString(parentPom)).results().map(match -> match.group(1).trim()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lessons() {
        return FileTree.files(folder.resolve("src/test/java")).stream()
                .map(path -> path.getFileName().toString())
                .filter(file -> file.endsWith("Lesson.java"))
                .map(file -> file.substring(0, file.length() - ".java".length()))
                .sorted().toList();
    }

    Path testClasses() {
        return folder.resolve("target/test-classes");
    }

    Path classes() {
        return folder.resolve("target/classes");
    }

    Path classpathFile() {
        return folder.resolve(ExerciseFolder.CLASSPATH_FILE);
    }

    /** Where each lesson step's SQL is written, for the docs. */
    Path sqlFolder() {
        return folder.resolve("target/lesson-sql");
    }

    boolean isBuilt() {
        return Files.isDirectory(testClasses()) && Files.isRegularFile(classpathFile());
    }
}

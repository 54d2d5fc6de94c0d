package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A pattern module, as `learn lesson` runs it: its lesson classes, what its build compiled, its classpath. */
record PatternModule(String name, Path folder) {

    /** Pattern modules that have lessons: classes named …Lesson under patterns/<name>/src/test/java. */
    static List<PatternModule> withLessons(Path root) {
        return FileTree.folders(root.resolve("patterns")).stream()
                .map(path -> new PatternModule(path.getFileName().toString(), path))
                .filter(module -> !module.lessons().isEmpty()).toList();
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

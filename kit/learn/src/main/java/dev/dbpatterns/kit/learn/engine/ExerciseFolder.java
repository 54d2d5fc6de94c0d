package dev.dbpatterns.kit.learn.engine;

import java.nio.file.Path;

/**
 * The layout of an exercise's folder, and of its solution's and a submission's copy of it: the
 * learner's files under {@code src/main}, the code the course gives under {@code src/given}, the
 * tests under {@code src/test}, and the classpath its Maven build writes down. The one place
 * these names are spelled.
 */
public record ExerciseFolder(Path path) {
    public static final String CLASSPATH_FILE = "target/learn-classpath.txt";

    /** What the learner writes: Java and resources, the part a solution and a submission replace. */
    public Path learnerFiles() {
        return path.resolve("src/main");
    }

    public Path learnerSources() {
        return learnerFiles().resolve("java");
    }

    public Path learnerResources() {
        return learnerFiles().resolve("resources");
    }

    public Path givenSources() {
        return path.resolve("src/given/java");
    }

    public Path givenResources() {
        return path.resolve("src/given/resources");
    }

    public Path tests() {
        return path.resolve("src/test/java");
    }

    public Path testResources() {
        return path.resolve("src/test/resources");
    }

    public Path classpathFile() {
        return path.resolve(CLASSPATH_FILE);
    }

    public Path pom() {
        return path.resolve("pom.xml");
    }
}

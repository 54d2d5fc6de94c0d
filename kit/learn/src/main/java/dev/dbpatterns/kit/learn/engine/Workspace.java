package dev.dbpatterns.kit.learn.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one run compiles: the learner's files from one folder, the given code and the tests from
 * the course's exercise folder. For a learner's own check both are the same folder; for grading,
 * the learner's folder is the submission's, so a submission can never change the tests it is
 * graded by.
 *
 * @param base the folder paths in messages are shown relative to (the repository root)
 */
public record Workspace(ExerciseFolder learner, ExerciseFolder exercise, Path base) {

    public List<Path> sourceRoots() {
        return List.of(learner.learnerSources(), exercise.givenSources(), exercise.tests());
    }

    /** Searched in this order, so the learner's mapper XML is found before anything else of that name. */
    public List<Path> resourceRoots() {
        return List.of(learner.learnerResources(), exercise.givenResources(), exercise.testResources());
    }

    /**
     * The learner's files that would change how the tests run rather than what they test: JUnit
     * services (engines, filters, listeners) and settings. Refused, named, before anything is compiled.
     */
    public List<String> refusedFiles() {
        Path resources = learner.learnerResources();
        return FileTree.files(resources).stream().filter(file -> {
            String name = resources.relativize(file).toString().replace(File.separatorChar, '/');
            return name.startsWith("META-INF/services/org.junit.") || name.equals("junit-platform.properties");
        }).map(this::show).sorted().toList();
    }

    /** The jars the exercise compiles and runs against, as its Maven build wrote them down. */
    public List<Path> dependencies() {
        Path file = exercise.classpathFile();
        if (!Files.isRegularFile(file)) {
            throw new EngineException(show(file) + " is missing: the exercise has not been built yet. Run ./learn"
                    + " (it builds what it needs on first use), or ./mvnw -q -f " + show(exercise.pom())
                    + " test-compile.");
        }
        return readClasspath(file);
    }

    /** A classpath file as maven-dependency-plugin's build-classpath writes it: entries joined by the path separator. */
    public static List<Path> readClasspath(Path file) {
        try {
            String text = Files.readString(file).trim();
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new EngineException("Could not read " + file + ": " + e.getMessage());
        }
    }

    /** A path as the learner should see it: relative to the repository root when it is inside it. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.FileTree;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The throwaway folder one grading JVM works in: a copy of only what grading needs — the course
 * file, each exercise's given code, tests and classpath file (never a stub, a solution or a
 * learner's progress), the submission's learner files (its {@code src/main}, links left out, so
 * none can point at the course) — and an empty {@code tmp} for what the run writes.
 */
record GradingFolder(Path path, String submissionName) implements AutoCloseable {

    static GradingFolder of(Course course, Path root, Path submission, List<Course.Exercise> submitted) {
        try {
            GradingFolder folder = new GradingFolder(Files.createTempDirectory("learn-grading-"),
                    submission.getFileName().toString());
            copy(root.resolve(Course.FILE), folder.root().resolve(Course.FILE));
            for (Course.Exercise exercise : course.exercises()) {
                ExerciseFolder from = exercise.exerciseFolder(root);
                ExerciseFolder to = exercise.exerciseFolder(folder.root());
                for (Path part : List.of(from.givenSources(), from.givenResources(), from.tests(), from.testResources(),
                        from.classpathFile())) {
                    copy(part, to.path().resolve(from.path().relativize(part).toString()));
                }
            }
            for (Course.Exercise exercise : submitted) {
                copy(exercise.submittedIn(submission).learnerFiles(), exercise.submittedIn(folder.submission()).learnerFiles());
            }
            Files.createDirectories(folder.tmp());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a folder to grade " + submission + " in", e);
        }
    }

    /** The course as the grading JVM sees it. */
    Path root() {
        return path.resolve("course");
    }

    /** The submission's copy, under its own name: the paths in messages read as they would in the original. */
    Path submission() {
        return path.resolve("submissions").resolve(submissionName);
    }

    /** The only place the grading JVM may write. */
    Path tmp() {
        return path.resolve("tmp");
    }

    /** What the grading JVM reads outside this folder: the jars and classes on the classpath files copied in. */
    List<Path> libraries() {
        List<Path> libraries = new ArrayList<>();
        for (Path file : FileTree.files(root())) {
            if (file.endsWith(Path.of(ExerciseFolder.CLASSPATH_FILE))) {
                libraries.addAll(Workspace.readClasspath(file));
            }
        }
        return libraries;
    }

    /** A file, or a folder's regular files, to the same place under {@code to}; links are not followed. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
            return;
        }
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    @Override
    public void close() {
        FileTree.delete(path);
    }
}

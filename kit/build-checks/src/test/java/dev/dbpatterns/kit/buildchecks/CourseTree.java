package dev.dbpatterns.kit.buildchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The project's source tree, and throwaway copies of it to plant violations in. */
final class CourseTree {
    /** Build output, history and a learner's progress: none of it is source. */
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".learn", "node_modules");

    private CourseTree() {
    }

    /** The project root: Surefire runs this module's tests in kit/build-checks. */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        if (!Files.isExecutable(root.resolve("mvnw")) || !Files.isDirectory(root.resolve("patterns"))) {
            throw new IllegalStateException(root + " is not the project root: run these tests from kit/build-checks");
        }
        return root;
    }

    /** The folders of the modules under {@code patterns/} or {@code solutions/}, sorted. */
    static List<Path> modules(Path root, String group) {
        try (Stream<Path> folders = Files.list(root.resolve(group))) {
            return folders.filter(folder -> Files.exists(folder.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's root package folder: the one that holds its {@code domain} package. */
    static Path domainFolder(Path module) {
        try (Stream<Path> folders = Files.walk(module.resolve("src/main/java"))) {
            return folders.filter(folder -> folder.getFileName().toString().equals("domain") && Files.isDirectory(folder))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " has no domain package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().isEmpty() || isExcluded(relative)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean isExcluded(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

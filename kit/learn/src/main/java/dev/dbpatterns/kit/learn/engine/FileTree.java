package dev.dbpatterns.kit.learn.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folders and the files in them, for everything learn reads, copies, backs up and cleans away. */
public final class FileTree {
    private FileTree() {
    }

    /** Every regular file under the folder, sorted; none when it does not exist. */
    public static List<Path> files(Path folder) {
        return walk(folder, Files::isRegularFile);
    }

    /** The folders directly in the folder, sorted; none when it does not exist. */
    public static List<Path> folders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file under {@code from} to the same place under {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        for (Path file : files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    /** The folder and everything in it, as far as it can; what is left harms nothing. */
    public static void delete(Path folder) {
        walk(folder, path -> true).stream().sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }

    private static List<Path> walk(Path folder, Predicate<Path> filter) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

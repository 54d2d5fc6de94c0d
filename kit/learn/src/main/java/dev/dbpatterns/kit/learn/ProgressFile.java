package dev.dbpatterns.kit.learn;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@code .learn/progress.json}; says what is wrong with it rather than throwing. */
final class ProgressFile {
    static final String PATH = ".learn/progress.json";

    /** The file's content, or why there is none to use. */
    sealed interface Read {
        record Found(Progress progress) implements Read {
        }

        record Unusable(String why) implements Read {
        }
    }

    private final Path file;

    ProgressFile(Path root) {
        this.file = root.resolve(PATH);
    }

    Read read() {
        if (!Files.exists(file)) {
            return new Read.Unusable("there is no " + PATH + " yet");
        }
        try {
            Progress progress = new GsonBuilder().create().fromJson(Files.readString(file), Progress.class);
            if (progress == null || progress.version() != Progress.VERSION || progress.exercises() == null
                    || progress.exercises().values().stream().anyMatch(e -> e == null || e.passedTasks() == null)) {
                return damaged("it is not a progress file of version " + Progress.VERSION);
            }
            return new Read.Found(progress);
        } catch (IOException | RuntimeException e) { // Gson reports bad JSON and wrong shapes alike as RuntimeExceptions
            return damaged(JsonProblem.describe(e));
        }
    }

    /** Keeps the damaged file beside the new one, for whoever wants to see what went wrong. */
    private Read damaged(String why) {
        try {
            Files.move(file, file.resolveSibling("progress.json.damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // it is overwritten when the rebuilt progress is saved
        }
        return new Read.Unusable(PATH + " could not be read (" + why + "); it was kept as " + PATH + ".damaged");
    }

    void write(Progress progress) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling("progress.json.tmp");
            Files.writeString(next, new GsonBuilder().setPrettyPrinting().create().toJson(progress) + "\n");
            // Written whole and then renamed: an interrupted save leaves the previous file, not half a file.
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save " + file, e);
        }
    }
}

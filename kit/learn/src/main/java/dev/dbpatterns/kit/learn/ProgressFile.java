package dev.dbpatterns.kit.learn;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Reads and writes {@code .learn/progress.json}; says what is wrong with it rather than throwing.
 * Every save is a change merged with what is on disk, under a lock: a {@code learn watch} in one
 * terminal and a {@code learn check} in another each record their own exercise, and neither
 * writes back an older copy over what the other recorded.
 */
final class ProgressFile {
    static final String PATH = ".learn/progress.json";
    /** A progress file holds a few lines per exercise; anything this large is not one. */
    static final long LARGEST = 1 << 20;

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

    /** The progress, checked against the course: a task the course does not have makes it unusable. */
    Read read(Course course) {
        if (!Files.exists(file)) {
            return new Read.Unusable("there is no " + PATH + " yet");
        }
        try {
            if (Files.size(file) > LARGEST) {
                return damaged("it is " + Files.size(file) + " bytes, far more than a progress file holds");
            }
            Progress progress = new GsonBuilder().create().fromJson(Files.readString(file), Progress.class);
            if (progress == null || progress.version() != Progress.VERSION || progress.exercises() == null
                    || progress.exercises().values().stream().anyMatch(e -> e == null || e.passedTasks() == null)) {
                return damaged("it is not a progress file of version " + Progress.VERSION);
            }
            String wrong = progress.problemIn(course);
            return wrong == null ? new Read.Found(progress) : damaged(wrong);
        } catch (AccessDeniedException e) {
            throw cannot("read", e);
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

    /**
     * Applies a change to the progress on disk (or to an empty one, when there is none to use)
     * and saves the result; returns it. Other processes wait for the lock meanwhile.
     */
    Progress update(Course course, UnaryOperator<Progress> change) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling("progress.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                Progress onDisk = read(course) instanceof Read.Found found ? found.progress() : Progress.empty();
                Progress updated = change.apply(onDisk);
                Path next = file.resolveSibling("progress.json.tmp");
                Files.writeString(next, new GsonBuilder().setPrettyPrinting().create().toJson(updated) + "\n");
                // Written whole and then renamed: an interrupted save leaves the previous file, not half a file.
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return updated;
            }
        } catch (IOException e) {
            throw cannot("save", e);
        }
    }

    private LearnException cannot(String what, IOException e) {
        String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e instanceof AccessDeniedException ? "access denied" : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new LearnException("Could not " + what + " " + PATH + " (" + why + "). Make the folder .learn writable"
                + " by you, or move it away: learn rebuilds your progress from what passes.");
    }
}

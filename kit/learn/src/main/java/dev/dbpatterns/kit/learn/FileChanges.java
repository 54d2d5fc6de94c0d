package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.helpers.NOPLogger;

/**
 * Waits until something under a folder changed and then stayed quiet for a moment: an editor
 * that writes a file in several steps, or a "save all", gives one re-check, not several.
 * File-system events (directory-watcher: recursive, new folders included, native on macOS) where
 * there are any; polling where there are none (some network and container mounts), or when asked.
 */
abstract class FileChanges implements AutoCloseable {
    static final long QUIET_MILLIS = 250;
    static final long POLL_MILLIS = 400;

    /** Returns once a change has settled; throws InterruptedException when the watch is stopped. */
    abstract void awaitChange() throws InterruptedException;

    @Override
    public void close() {
    }

    static FileChanges under(Path folder, boolean poll, Output out) {
        if (!poll) {
            try {
                return new Events(folder);
            } catch (IOException | UnsupportedOperationException e) {
                out.println(out.yellow("This file system sends no change events (" + e.getMessage()
                        + "): looking for changes every " + POLL_MILLIS + " ms instead."));
            }
        }
        return new Polling(folder);
    }

    private static final class Events extends FileChanges {
        private final BlockingQueue<Path> changed = new LinkedBlockingQueue<>();
        private final DirectoryWatcher watcher;

        Events(Path folder) throws IOException {
            // No hashing: a save is a save, and hashing would read every file before the first check.
            watcher = DirectoryWatcher.builder().path(folder).fileHashing(false).logger(NOPLogger.NOP_LOGGER)
                    .listener(event -> changed.add(event.path())).build();
            watcher.watchAsync();
        }

        @Override
        void awaitChange() throws InterruptedException {
            changed.take();
            while (changed.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
                changed.clear(); // still saving: wait until it is quiet
            }
        }

        @Override
        public void close() {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch: nothing left to do
            }
        }
    }

    private static final class Polling extends FileChanges {
        private final Path folder;
        private Map<Path, String> seen;

        Polling(Path folder) {
            this.folder = folder;
            this.seen = snapshot();
        }

        @Override
        void awaitChange() throws InterruptedException {
            Map<Path, String> changed = seen;
            while (changed.equals(seen)) {
                Thread.sleep(POLL_MILLIS);
                changed = snapshot();
            }
            while (true) { // until two looks in a row agree: the save is complete
                Thread.sleep(QUIET_MILLIS);
                Map<Path, String> again = snapshot();
                if (again.equals(changed)) {
                    seen = again;
                    return;
                }
                changed = again;
            }
        }

        private Map<Path, String> snapshot() {
            Map<Path, String> files = new HashMap<>();
            for (Path file : FileTree.files(folder)) {
                try {
                    files.put(file, Files.getLastModifiedTime(file) + "/" + Files.size(file));
                } catch (IOException e) {
                    // deleted while we looked: the next look sees it gone
                }
            }
            return files;
        }
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
final class FileChanges implements AutoCloseable {
    /** Editors write a file, or all of them, within a few milliseconds; this is ten times that. */
    static final long QUIET_MILLIS = 100;
    static final long POLL_MILLIS = 400;

    private final BlockingQueue<Object> changes = new LinkedBlockingQueue<>();
    private final AutoCloseable watching;

    FileChanges(Path folder, boolean poll, Output out) {
        AutoCloseable events = null;
        if (!poll) {
            try {
                // No hashing: a save is a save, and hashing would read every file before the first check.
                DirectoryWatcher watcher = DirectoryWatcher.builder().path(folder).fileHashing(false)
                        .logger(NOPLogger.NOP_LOGGER).listener(event -> changes.add(event.path())).build();
                watcher.watchAsync();
                events = watcher::close;
            } catch (IOException | UnsupportedOperationException e) {
                out.println(out.yellow("This file system sends no change events (" + e.getMessage()
                        + "): looking for changes every " + POLL_MILLIS + " ms instead."));
            }
        }
        watching = events != null ? events : polling(folder);
    }

    /** A thread that looks at the files' times and sizes every POLL_MILLIS, and reports a difference. */
    private AutoCloseable polling(Path folder) {
        Thread poller = Thread.ofPlatform().daemon().name("learn-poll").start(() -> {
            List<String> seen = look(folder);
            try {
                while (true) {
                    Thread.sleep(POLL_MILLIS);
                    List<String> now = look(folder);
                    if (!now.equals(seen)) {
                        changes.add(now);
                        seen = now;
                    }
                }
            } catch (InterruptedException e) {
                // closed
            }
        });
        return poller::interrupt;
    }

    private static List<String> look(Path folder) {
        // A file deleted while we look reads as time 0: the next look sees it gone.
        return FileTree.files(folder).stream().map(Path::toFile).map(f -> f + "@" + f.lastModified() + "/" + f.length()).toList();
    }

    /** Returns once a change has settled; throws InterruptedException when the watch is stopped. */
    void awaitChange() throws InterruptedException {
        changes.take();
        while (changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
            changes.clear(); // still saving: wait until it is quiet
        }
    }

    @Override
    public void close() {
        try {
            watching.close();
        } catch (Exception e) {
            // closing a watch: nothing left to do
        }
    }
}

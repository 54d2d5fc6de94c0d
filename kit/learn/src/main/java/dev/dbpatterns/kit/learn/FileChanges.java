package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits until something under a folder changed and then stayed quiet for a moment: an editor
 * that writes a file in several steps, or a "save all", gives one re-check, not several.
 * File-system events where there are any; polling where there are none (some network and
 * container mounts), or when asked for.
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
        private final WatchService service;

        Events(Path folder) throws IOException {
            service = FileSystems.getDefault().newWatchService();
            register(folder);
        }

        private void register(Path folder) throws IOException {
            try (Stream<Path> folders = Files.walk(folder)) {
                for (Path each : folders.filter(Files::isDirectory).toList()) {
                    each.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }

        @Override
        void awaitChange() throws InterruptedException {
            try {
                handle(service.take());
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    handle(more);
                }
            } catch (ClosedWatchServiceException e) {
                throw new InterruptedException("the watch was closed");
            }
        }

        /** A folder created under the watched one is watched too. */
        private void handle(WatchKey key) {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path name && key.watchable() instanceof Path parent
                        && Files.isDirectory(parent.resolve(name))) {
                    try {
                        register(parent.resolve(name));
                    } catch (IOException e) {
                        // gone again already: nothing to watch
                    }
                }
            }
            key.reset();
        }

        @Override
        public void close() {
            try {
                service.close();
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
            for (Path file : ProgressCommand.files(folder)) {
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

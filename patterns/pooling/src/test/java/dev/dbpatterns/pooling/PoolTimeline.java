package dev.dbpatterns.pooling;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What a pool went through during a step, for the docs page: each change in HikariCP's counts
 * (lent, idle, waiting), seen by a watcher that looks every millisecond, between the step's own
 * events, each at its time since the start. Written when the step ends to
 * {@code target/lesson-log/<class>/<name>-<database>.txt}; the pooling page includes the one from
 * H2. Shown, never asserted: a state shorter than a look can be missed.
 */
final class PoolTimeline implements AutoCloseable {
    private final HikariPoolMXBean pool;
    private final Path file;
    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();
    private final Thread watcher;
    private volatile boolean watching = true;

    private PoolTimeline(HikariPoolMXBean pool, Path file) {
        this.pool = pool;
        this.file = file;
        this.watcher = Thread.ofPlatform().daemon().name("pool-timeline").start(this::watch);
    }

    static PoolTimeline watch(HikariPoolMXBean pool, Class<?> lesson, String name, DatabaseTarget target) {
        return new PoolTimeline(pool, Path.of("target", "lesson-log", lesson.getSimpleName(),
                name + "-" + target.name().toLowerCase() + ".txt"));
    }

    /** Something the step did or saw, at this moment. */
    void event(String what) {
        add("▸ " + what);
    }

    private void watch() {
        String last = "";
        while (watching) {
            String counts = "lent " + pool.getActiveConnections() + ", idle " + pool.getIdleConnections()
                    + ", waiting " + pool.getThreadsAwaitingConnection();
            if (!counts.equals(last)) {
                add("  " + counts);
                last = counts;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private synchronized void add(String line) {
        lines.add("%6d ms  %s".formatted(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), line));
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        watcher.join();
        try {
            Files.createDirectories(file.getParent());
            synchronized (this) {
                Files.write(file, lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pool's timeline to " + file, e);
        }
    }
}

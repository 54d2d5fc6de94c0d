package dev.dbpatterns.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;

/**
 * Benchmark 5, concurrency: {@link PoolSettings#CONCURRENT_LOOKUPS} lookups by primary key at once,
 * each on a new thread of its own (platform or virtual), all sharing one pool of
 * {@link PoolSettings#CONCURRENT_POOL_SIZE}: the pool, not the threads, bounds what runs at once.
 * Hibernate Reactive's variant (benchmarks/reactive) returns the same {@link Done}s.
 */
public final class ConcurrentLookups {
    static final String[] STYLES = {"rawJdbcVirtual", "hibernatePlatform", "hibernateVirtual"};

    /** One finished lookup: which author, the name read, and the thread that read it. */
    public record Done(long id, String name, long threadId, boolean virtual, String threadName) {
        public static Done here(long id, String name) {
            Thread thread = Thread.currentThread();
            return new Done(id, name, thread.threadId(), thread.isVirtual(), thread.getName());
        }
    }

    /** All the lookups of one operation, done when every one has returned. */
    public interface Burst extends AutoCloseable {
        List<Done> run() throws Exception;

        @Override
        default void close() {
        }
    }

    private ConcurrentLookups() {
    }

    /** The author the i-th lookup reads: every author once per thousand lookups. */
    public static long idOf(int i) {
        return i % Schema.AUTHORS + 1;
    }

    static Burst open(String style, DataSource pool) {
        return switch (style) {
            case "rawJdbcVirtual" -> onThreads(Thread.ofVirtual().factory(), Lookups.open("rawJdbc", pool));
            case "hibernatePlatform" -> onThreads(Thread.ofPlatform().factory(), Lookups.open("hibernateFind", pool));
            case "hibernateVirtual" -> onThreads(Thread.ofVirtual().factory(), Lookups.open("hibernateFind", pool));
            default -> throw new IllegalArgumentException("no concurrency style " + style);
        };
    }

    /** A new thread per lookup, all started before the first is awaited; Hibernate's opens a session per lookup. */
    private static Burst onThreads(ThreadFactory threads, Lookups.AuthorLookup lookup) {
        return new Burst() {
            @Override
            public List<Done> run() throws Exception {
                List<Future<Done>> started = new ArrayList<>(PoolSettings.CONCURRENT_LOOKUPS);
                try (ExecutorService executor = Executors.newThreadPerTaskExecutor(threads)) {
                    for (int i = 0; i < PoolSettings.CONCURRENT_LOOKUPS; i++) {
                        long id = idOf(i);
                        started.add(executor.submit(() -> Done.here(id, lookup.nameOf(id))));
                    }
                    List<Done> done = new ArrayList<>(started.size());
                    for (Future<Done> lookupDone : started) {
                        done.add(lookupDone.get());
                    }
                    return done;
                }
            }

            @Override
            public void close() {
                lookup.close();
            }
        };
    }

    /**
     * The check before measuring, for the thread styles: every lookup read its author's name, on a
     * new thread of the promised kind, and the whole burst sent one SELECT per lookup, nothing else.
     */
    static void check(String expected, Burst burst, SentSql sent) throws Exception {
        sent.reset();
        List<Done> done = checkResults(expected, burst, sent);
        boolean virtual = expected.endsWith("Virtual");
        long threads = done.stream().mapToLong(Done::threadId).distinct().count();
        sent.require(threads == PoolSettings.CONCURRENT_LOOKUPS && done.stream().allMatch(d -> d.virtual() == virtual),
                expected + " must run each lookup on a new " + (virtual ? "virtual" : "platform") + " thread of its own; it used "
                        + threads + " threads, " + done.stream().filter(Done::virtual).count() + " of the lookups on virtual ones");
        int lookups = PoolSettings.CONCURRENT_LOOKUPS;
        sent.require(sent.count("select") == lookups && sent.total() == lookups,
                expected + " must send " + lookups + " SELECTs, one per lookup, and nothing else");
    }

    /** Runs the burst once and checks what it read: each author's own name, every lookup once. */
    public static List<Done> checkResults(String expected, Burst burst, SentSql sent) throws Exception {
        List<Done> done = burst.run();
        boolean right = done.size() == PoolSettings.CONCURRENT_LOOKUPS;
        for (int i = 0; right && i < done.size(); i++) {
            right = done.get(i).id() == idOf(i) && ("Author " + idOf(i)).equals(done.get(i).name());
        }
        sent.require(right, expected + " must read the " + PoolSettings.CONCURRENT_LOOKUPS
                + " authors asked for, in order, each with its own name");
        return done;
    }
}

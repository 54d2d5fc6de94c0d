package dev.dbpatterns.benchmarks.reactive;

import dev.dbpatterns.benchmarks.Author;
import dev.dbpatterns.benchmarks.ConcurrentLookups;
import dev.dbpatterns.benchmarks.ConcurrentLookups.Done;
import dev.dbpatterns.benchmarks.PoolSettings;
import dev.dbpatterns.benchmarks.SentSql;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Benchmark 5 in Hibernate Reactive: the 1,000 lookups as 1,000 {@code find}s, each in a session of
 * its own, all subscribed at once from one thread; no thread per lookup, the Vert.x event loop
 * runs them as the pool of 10 frees connections.
 */
final class ReactiveLookups implements ConcurrentLookups.Burst {
    static final String STYLE = "hibernateReactive";
    /** Far beyond any burst's time: a lost completion fails the run instead of hanging it. */
    private static final Duration SAFETY_NET = Duration.ofMinutes(2);

    private final Mutiny.SessionFactory sessions;

    ReactiveLookups(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Done> run() {
        List<Uni<Done>> lookups = new ArrayList<>(PoolSettings.CONCURRENT_LOOKUPS);
        for (int i = 0; i < PoolSettings.CONCURRENT_LOOKUPS; i++) {
            long id = ConcurrentLookups.idOf(i);
            lookups.add(sessions.withSession(session -> session.find(Author.class, id))
                    .map(author -> Done.here(id, author.getName())));
        }
        return Uni.join().all(lookups).andFailFast().await().atMost(SAFETY_NET);
    }

    @Override
    public void close() {
        sessions.close();
    }

    /**
     * The check before measuring: every lookup read its author's name, all completed on Vert.x
     * event-loop threads (none on a thread of its own), and Hibernate sent one SELECT per lookup,
     * nothing else ({@code sent} hears them from the session factory's statement inspector).
     */
    static void check(ConcurrentLookups.Burst burst, SentSql sent) throws Exception {
        sent.reset();
        List<Done> done = ConcurrentLookups.checkResults(STYLE, burst, sent);
        long eventLoop = done.stream().filter(d -> d.threadName().startsWith("vert.x-eventloop-thread")).count();
        sent.require(eventLoop == done.size(), STYLE + " must complete every lookup on a Vert.x event-loop thread; "
                + (done.size() - eventLoop) + " completed elsewhere, such as " + done.getFirst().threadName());
        int lookups = PoolSettings.CONCURRENT_LOOKUPS;
        sent.require(sent.count("select") == lookups && sent.total() == lookups,
                STYLE + " must send " + lookups + " SELECTs, one per lookup, and nothing else");
    }
}

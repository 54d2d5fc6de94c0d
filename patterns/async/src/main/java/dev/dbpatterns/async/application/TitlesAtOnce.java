package dev.dbpatterns.async.application;

import dev.dbpatterns.async.domain.Cancellation;
import dev.dbpatterns.async.domain.Catalog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Several lookups at once, each on a virtual thread of its own: Python's {@code asyncio.gather}. The deadline is the
 * catalogue's statement limit, which the database enforces on the server, so a lookup past it ends there and gives
 * its connection back. The first failure fails the whole at once and cancels the lookups still running: the server
 * stops their statements, and they are not waited for.
 */
public final class TitlesAtOnce {
    // A virtual thread per lookup, never the common pool: its few threads are for computing, not for waiting.
    private static final Executor VIRTUAL_THREADS = task -> Thread.ofVirtual().name("lookup").start(task);

    private final Catalog catalog;

    public TitlesAtOnce(Catalog catalog) {
        this.catalog = catalog;
    }

    // tag::fan-out[]
    public List<String> titles(List<Long> bookIds, Duration serverWork) {
        Cancellation others = new Cancellation();
        List<CompletableFuture<String>> lookups = bookIds.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> catalog.title(id, serverWork, others), VIRTUAL_THREADS))
                .toList();
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        lookups.forEach(lookup -> lookup.exceptionally(failure -> {
            firstFailure.completeExceptionally(failure); // the first one counts; the others' own failures come later
            others.cancel(); // the server stops their statements: nobody will read what they find
            return null;
        }));
        try {
            // allOf alone would wait for every lookup, the slow ones too, before it reported a failure.
            CompletableFuture.anyOf(CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        return lookups.stream().map(CompletableFuture::join).toList();
    }
    // end::fan-out[]
}

package dev.dbpatterns.async.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Lookups called off together: when one of several fails, the others are stopped on the server rather than left to
 * work on for a caller who is gone. An adapter registers how to stop the statement it runs while it runs it;
 * {@link #cancel()} runs every stop registered, and a stop registered after it runs at once.
 */
public final class Cancellation {
    private final List<Runnable> stops = new ArrayList<>();
    private boolean cancelled;

    public void register(Runnable stop) {
        synchronized (this) {
            if (!cancelled) {
                stops.add(stop);
                return;
            }
        }
        quietly(stop);
    }

    public synchronized void unregister(Runnable stop) {
        stops.remove(stop);
    }

    public void cancel() {
        List<Runnable> running;
        synchronized (this) {
            cancelled = true;
            running = List.copyOf(stops);
            stops.clear();
        }
        running.forEach(Cancellation::quietly);
    }

    private static void quietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException endedMeanwhile) {
            // The lookup ended between its stop being taken and run: there is nothing left to stop.
        }
    }
}

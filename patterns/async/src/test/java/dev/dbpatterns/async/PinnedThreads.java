package dev.dbpatterns.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.opentest4j.AssertionFailedError;

/**
 * Runs work on a virtual thread of its own under a JFR recording, and tells whether the JVM reported that thread
 * pinned. The recording also takes the thread's end, so an empty answer is known to come from a recording that saw it.
 */
final class PinnedThreads {
    private PinnedThreads() {
    }

    /** The stack tops of every jdk.VirtualThreadPinned event of the work's thread (empty when it never pinned). */
    static List<String> whileRunning(Runnable work) throws InterruptedException {
        List<RecordedEvent> pinned = new CopyOnWriteArrayList<>();
        List<Long> ended = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread worker;
        try (RecordingStream recording = new RecordingStream()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.VirtualThreadEnd");
            recording.onEvent("jdk.VirtualThreadPinned", pinned::add);
            recording.onEvent("jdk.VirtualThreadEnd", end -> ended.add(end.getLong("javaThreadId")));
            recording.startAsync();
            worker = Thread.ofVirtual().name("pinning-lesson").start(() -> {
                try {
                    work.run();
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            worker.join();
            recording.stop(); // returns once every event recorded so far has reached the handlers
        }
        if (failed.get() != null) {
            throw new AssertionFailedError("The work failed, so it may never have blocked: " + failed.get(), failed.get());
        }
        long id = worker.threadId();
        if (!ended.contains(id)) {
            throw new AssertionFailedError("JFR did not record the end of the lesson's virtual thread: the recording missed it");
        }
        return pinned.stream()
                .filter(event -> event.getThread() != null && event.getThread().getJavaThreadId() == id)
                .map(event -> event.getStackTrace() == null ? "(no stack)" : event.getStackTrace().getFrames().getFirst().toString())
                .toList();
    }
}

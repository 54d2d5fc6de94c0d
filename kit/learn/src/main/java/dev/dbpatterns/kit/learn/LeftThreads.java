package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunningTest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The threads the code under test started and left running, each with the test that was running
 * when it first showed up. They cannot hold up grading (the grading JVM halts once its grade is
 * sent), but a thread that keeps running is a bug an instructor should hear of. Daemon threads
 * (the drivers' and pools' own) are not counted.
 */
final class LeftThreads {
    private final Set<Thread> seen = new HashSet<>(Thread.getAllStackTraces().keySet());
    private final Map<Thread, String> startedIn = new LinkedHashMap<>();
    private String running;

    /** Called as each test or class starts: threads new since the last call were started by the one before. */
    synchronized void started(String exercise, RunningTest test) {
        look();
        running = exercise + ", task " + test.tasks().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (" + test.name() + ")";
    }

    /** One line per thread still running, naming it and where it was started. */
    synchronized List<String> stillRunning() {
        look();
        return startedIn.entrySet().stream().filter(entry -> entry.getKey().isAlive() && !entry.getKey().isDaemon())
                .map(entry -> "left a thread running after its tests: '" + entry.getKey().getName() + "', started in "
                        + entry.getValue())
                .toList();
    }

    private void look() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (seen.add(thread) && running != null) {
                startedIn.put(thread, running);
            }
        }
    }
}

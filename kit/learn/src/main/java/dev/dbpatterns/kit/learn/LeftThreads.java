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
 * (the drivers' and pools' own) are not counted, nor the threads the time limit runs each test on:
 * JUnit ends them once their test is over, a moment later on a busy machine, so counting them would
 * make the report depend on the load; a test that keeps one busy is reported as past its time limit.
 */
final class LeftThreads {
    /** The name JUnit gives the thread it runs each test on under a time limit in SEPARATE_THREAD mode. */
    private static final String TIME_LIMIT_THREAD = "junit-timeout-thread-";

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
        return startedIn.entrySet().stream().filter(entry -> entry.getKey().isAlive() && !entry.getKey().isDaemon()
                        && !entry.getKey().getName().startsWith(TIME_LIMIT_THREAD))
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

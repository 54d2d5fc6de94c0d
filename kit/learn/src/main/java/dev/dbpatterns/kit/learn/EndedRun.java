package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseResult;
import dev.dbpatterns.kit.learn.engine.RunningTest;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An exercise run in learn's own JVM (check, watch, the progress rebuild) that the code under test
 * ends — System.exit, or Ctrl-C, which a shutdown hook cannot tell apart — says so, naming the
 * test that was running, and exits 1 instead of silently 0.
 */
final class EndedRun {
    private EndedRun() {
    }

    /** @param run the exercise run, given where to report each test as it starts */
    static ExerciseResult guarding(Output out, String exercise, Function<Consumer<RunningTest>, ExerciseResult> run) {
        AtomicReference<RunningTest> running = new AtomicReference<>();
        Thread said = new Thread(() -> {
            RunningTest test = running.get();
            out.println();
            out.println(out.red("✘ " + exercise + ": the run ended" + (test == null ? "" : " in " + test.name() + " (task "
                    + test.tasks().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                    + ". If you did not press Ctrl-C, the code under test ended the JVM (System.exit?): no test may;"
                    + " remove that call and check again."));
            Runtime.getRuntime().halt(1);
        }, "learn-run-ended");
        Runtime.getRuntime().addShutdownHook(said);
        try {
            return run.apply(running::set);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(said);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already: it has the last word
            }
        }
    }
}

package dev.dbpatterns.kit.learn.engine;

import dev.dbpatterns.kit.targets.TargetSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The one way exercises are run, by `learn check`, `learn watch`, `learn grade` and the course
 * check alike: compile the workspace in-process (javax.tools, with -parameters), load it beside
 * its libraries, run its tests on the JUnit Platform, and file the results by task.
 */
public final class ExerciseEngine {
    private static final Duration LIFECYCLE_TIME_LIMIT = Duration.ofSeconds(60);

    public static String tagOf(int task) {
        return "task-" + task;
    }

    /**
     * @param taskCount how many tasks the course lists for the exercise: tests tagged task-1 … task-N
     * @param onlyTasks the task numbers to run, or empty for all
     */
    public ExerciseResult run(Workspace workspace, int taskCount, List<Integer> onlyTasks, RunSettings settings) {
        long start = System.nanoTime();
        List<Path> dependencies = workspace.dependencies();
        Path work = null;
        try {
            work = Files.createTempDirectory("learn-");
            Path classes = work.resolve("classes");
            List<String> errors = JavaCompilation.compile(workspace, dependencies, classes);
            if (!errors.isEmpty()) {
                List<TaskResult> none = IntStream.rangeClosed(1, taskCount).mapToObj(n -> new TaskResult(n, List.of())).toList();
                return new ExerciseResult(none, errors, List.of(), Duration.ofNanos(System.nanoTime() - start));
            }
            List<Path> roots = Stream.concat(Stream.of(classes), workspace.resourceRoots().stream().filter(Files::isDirectory)).toList();
            ResultCollector collector = new ResultCollector(workspace);
            Map<String, String> parameters = parameters(settings.database(), work.resolve("lesson-sql"));
            // In a thread of its own, a test can be abandoned when it overruns, even in a loop that never
            // looks at its interrupt flag; a time-out on the test's own thread would wait for it forever.
            parameters.put("junit.jupiter.execution.timeout.testable.method.default", settings.timeLimit().toMillis() + " ms");
            // Set-up methods build Hibernate and MyBatis, which may take a while on a busy machine; they get
            // a limit of their own, so only a test that loops, not a slow start, counts against the learner.
            parameters.put("junit.jupiter.execution.timeout.lifecycle.method.default",
                    Math.max(LIFECYCLE_TIME_LIMIT.toMillis(), settings.timeLimit().toMillis()) + " ms");
            parameters.put("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
            try (URLClassLoader loader = new URLClassLoader("exercise", Libraries.urls(roots), Libraries.of(dependencies))) {
                // Our own listener reports; lesson-kit's lesson tree printer would only add noise here.
                execute(loader, false, collector, request -> {
                    request.selectors(DiscoverySelectors.selectClasspathRoots(Set.of(classes))).configurationParameters(parameters);
                    return onlyTasks.isEmpty() ? request
                            : request.filters(TagFilter.includeTags(onlyTasks.stream().map(ExerciseEngine::tagOf).toList()));
                });
            }
            return collector.result(taskCount, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                FileTree.delete(work);
            }
        }
    }

    /** lesson-kit's settings: the databases to run on, and where the SQL each test sent is written. */
    static Map<String, String> parameters(String database, Path sqlFiles) {
        Map<String, String> parameters = new HashMap<>();
        if (database != null) {
            parameters.put(TargetSelection.KEY, database);
        }
        parameters.put("catalog.lesson-sql.dir", sqlFiles.toString());
        return parameters;
    }

    /**
     * Runs with the loader as the context class loader: JUnit, Flyway and MyBatis find classes and
     * scripts through it, and the request is built under it too, so lesson-kit's
     * junit-platform.properties (steps in source order) applies as it does under Maven.
     *
     * @param serviceListeners whether listeners registered through the service loader report too
     */
    static void execute(ClassLoader loader, boolean serviceListeners, TestExecutionListener listener,
                        Function<LauncherDiscoveryRequestBuilder, LauncherDiscoveryRequestBuilder> request) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            LauncherDiscoveryRequest built = request.apply(LauncherDiscoveryRequestBuilder.request()).build();
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(serviceListeners).build())
                    .execute(built, listener);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

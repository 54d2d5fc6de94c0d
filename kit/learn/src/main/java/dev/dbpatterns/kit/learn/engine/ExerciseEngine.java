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
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.platform.engine.TestEngine;
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
    /** Set-up methods build Hibernate and MyBatis, slow on a busy machine: they get this many times a test's limit. */
    public static final int SET_UP_TIMES = 3;

    public static String tagOf(int task) {
        return "task-" + task;
    }

    /**
     * @param taskCount how many tasks the course lists for the exercise: tests tagged task-1 … task-N
     * @param onlyTasks the task numbers to run, or empty for all
     */
    public ExerciseResult run(Workspace workspace, int taskCount, List<Integer> onlyTasks, RunSettings settings) {
        return run(workspace, taskCount, onlyTasks, settings, test -> { });
    }

    /** @param started told of each test and class of tests as it starts: see {@link RunningTest} */
    public ExerciseResult run(Workspace workspace, int taskCount, List<Integer> onlyTasks, RunSettings settings,
                              Consumer<RunningTest> started) {
        long start = System.nanoTime();
        List<Path> dependencies = workspace.dependencies();
        Path work = null;
        try {
            work = Files.createTempDirectory("learn-");
            Path classes = work.resolve("classes");
            List<String> errors = workspace.refusedFiles().stream().map(file -> file + ": an exercise may not register"
                    + " test engines, filters, listeners or JUnit settings of its own; delete it.").toList();
            if (errors.isEmpty()) {
                errors = JavaCompilation.compile(workspace, dependencies, classes);
            }
            if (!errors.isEmpty()) {
                List<TaskResult> none = IntStream.rangeClosed(1, taskCount).mapToObj(n -> new TaskResult(n, List.of())).toList();
                return new ExerciseResult(none, errors, List.of(), Duration.ofNanos(System.nanoTime() - start));
            }
            List<Path> roots = Stream.concat(Stream.of(classes), workspace.resourceRoots().stream().filter(Files::isDirectory)).toList();
            ResultCollector collector = new ResultCollector(workspace, started);
            Map<String, String> parameters = parameters(settings.database(), work.resolve("lesson-sql"));
            // In a thread of its own, a test can be abandoned when it overruns, even in a loop that never
            // looks at its interrupt flag; a time-out on the test's own thread would wait for it forever.
            parameters.put("junit.jupiter.execution.timeout.testable.method.default", settings.timeLimit().toMillis() + " ms");
            // Set-up methods build Hibernate and MyBatis, which may take a while on a busy machine: a longer
            // limit, so only a test that loops, not a slow start, counts against the learner.
            parameters.put("junit.jupiter.execution.timeout.lifecycle.method.default",
                    settings.timeLimit().toMillis() * SET_UP_TIMES + " ms");
            parameters.put("junit.jupiter.extensions.autodetection.enabled", "false");
            parameters.put("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
            try (URLClassLoader loader = new URLClassLoader("exercise", Libraries.urls(roots), Libraries.of(dependencies))) {
                // Our own listener reports; lesson-kit's lesson tree printer would only add noise here. The test
                // engines are the libraries' own: none that the learner's files register is ever asked.
                LauncherConfig config = LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                        .addTestEngines(engines(loader.getParent())).enablePostDiscoveryFilterAutoRegistration(false)
                        .enableLauncherDiscoveryListenerAutoRegistration(false).enableLauncherSessionListenerAutoRegistration(false)
                        .enableTestExecutionListenerAutoRegistration(false).build();
                execute(loader, config, collector, request -> {
                    request.selectors(DiscoverySelectors.selectClasspathRoots(Set.of(classes))).configurationParameters(parameters);
                    return onlyTasks.isEmpty() ? request
                            : request.filters(TagFilter.includeTags(onlyTasks.stream().map(ExerciseEngine::tagOf).toList()));
                });
            } catch (OutOfMemoryError e) {
                collector.stoppedBy(e); // JUnit lets it end the run; what ran so far is still worth reporting
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

    /** The test engines the exercise's libraries register (JUnit Jupiter): found through them, never through the learner's files. */
    private static TestEngine[] engines(ClassLoader libraries) {
        return ServiceLoader.load(TestEngine.class, libraries).stream().map(ServiceLoader.Provider::get).toArray(TestEngine[]::new);
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
        execute(loader, LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(serviceListeners).build(),
                listener, request);
    }

    private static void execute(ClassLoader loader, LauncherConfig config, TestExecutionListener listener,
                                Function<LauncherDiscoveryRequestBuilder, LauncherDiscoveryRequestBuilder> request) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            LauncherDiscoveryRequest built = request.apply(LauncherDiscoveryRequestBuilder.request()).build();
            LauncherFactory.create(config).execute(built, listener);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

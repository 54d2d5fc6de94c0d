package dev.dbpatterns.kit.learn.engine;

import dev.dbpatterns.kit.targets.TargetSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
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
        Path work = temporaryFolder();
        try {
            Path classes = work.resolve("classes");
            List<String> errors = JavaCompilation.compile(workspace, dependencies, classes);
            if (!errors.isEmpty()) {
                List<TaskResult> none = new ArrayList<>();
                for (int number = 1; number <= taskCount; number++) {
                    none.add(new TaskResult(number, List.of()));
                }
                return new ExerciseResult(none, errors, List.of(), Duration.ofNanos(System.nanoTime() - start));
            }
            List<Path> roots = new ArrayList<>(List.of(classes));
            roots.addAll(workspace.resourceRoots().stream().filter(Files::isDirectory).toList());
            ResultCollector collector = new ResultCollector(workspace);
            try (URLClassLoader loader = new URLClassLoader("exercise", Libraries.urls(roots), Libraries.of(dependencies))) {
                execute(loader, () -> request(classes, onlyTasks, settings, work.resolve("lesson-sql")), collector);
            }
            return collector.result(taskCount, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private static LauncherDiscoveryRequest request(Path classes, List<Integer> onlyTasks, RunSettings settings,
                                                    Path sqlFiles) {
        Map<String, String> parameters = new HashMap<>();
        if (settings.database() != null) {
            parameters.put(TargetSelection.KEY, settings.database());
        }
        // The SQL each test sent goes to a scratch folder, not into the learner's tree.
        parameters.put("catalog.lesson-sql.dir", sqlFiles.toString());
        // In a thread of its own, a test can be abandoned when it overruns, even in a loop that never
        // looks at its interrupt flag; a time-out on the test's own thread would wait for it forever.
        parameters.put("junit.jupiter.execution.timeout.testable.method.default", settings.timeLimit().toMillis() + " ms");
        // Set-up methods build Hibernate and MyBatis, which may take a while on a busy machine; they get
        // a limit of their own, so only a test that loops, not a slow start, counts against the learner.
        parameters.put("junit.jupiter.execution.timeout.lifecycle.method.default",
                Math.max(LIFECYCLE_TIME_LIMIT.toMillis(), settings.timeLimit().toMillis()) + " ms");
        parameters.put("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(classes)))
                .configurationParameters(parameters);
        if (!onlyTasks.isEmpty()) {
            request.filters(TagFilter.includeTags(onlyTasks.stream().map(ExerciseEngine::tagOf).toList()));
        }
        return request.build();
    }

    /**
     * Runs with the exercise's loader as the context class loader: JUnit, Flyway and MyBatis find
     * classes and scripts through it, and the request is built under it too, so lesson-kit's
     * junit-platform.properties (steps in source order) applies as it does under Maven.
     */
    private static void execute(ClassLoader loader, Supplier<LauncherDiscoveryRequest> request,
                                ResultCollector collector) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            // Our own listener reports; lesson-kit's lesson tree printer would only add noise here.
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(request.get(), collector);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("learn-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A scratch folder under the system's temp directory: left behind, it harms nothing.
        }
    }
}

package dev.dbpatterns.kit.learn.engine;

import dev.dbpatterns.kit.targets.TargetSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a pattern module's compiled lesson classes in-process. lesson-kit's LessonTreePrinter,
 * registered through the JUnit Platform's service loader, prints each lesson as a tree of steps
 * with the SQL each sent, exactly as under Maven.
 */
public final class LessonRunner {

    /**
     * @param testClasses the module's compiled tests; {@code classes} its compiled main code
     * @param word        only lessons whose class name contains it (any case); null for all
     */
    public TestExecutionSummary run(Path testClasses, Path classes, List<Path> dependencies, String word,
                                    String database, Path sqlFiles) {
        Map<String, String> parameters = new HashMap<>();
        if (database != null) {
            parameters.put(TargetSelection.KEY, database);
        }
        parameters.put("catalog.lesson-sql.dir", sqlFiles.toString());
        String names = word == null ? ".*Lesson" : "(?i).*" + Pattern.quote(word) + ".*Lesson";
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("lessons", Libraries.urls(List.of(testClasses, classes)),
                Libraries.of(dependencies))) {
            thread.setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                    .filters(ClassNameFilter.includeClassNamePatterns(names))
                    .configurationParameters(parameters)
                    .build();
            LauncherFactory.create().execute(request, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return summary.getSummary();
    }
}

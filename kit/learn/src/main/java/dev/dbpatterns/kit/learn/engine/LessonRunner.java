package dev.dbpatterns.kit.learn.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
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
        String names = word == null ? ".*Lesson" : "(?i).*" + Pattern.quote(word) + ".*Lesson";
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (URLClassLoader loader = new URLClassLoader("lessons", Libraries.urls(List.of(testClasses, classes)),
                Libraries.of(dependencies))) {
            ExerciseEngine.execute(loader, true, summary, request -> request
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                    .filters(ClassNameFilter.includeClassNamePatterns(names))
                    .configurationParameters(ExerciseEngine.parameters(database, sqlFiles)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary.getSummary();
    }
}

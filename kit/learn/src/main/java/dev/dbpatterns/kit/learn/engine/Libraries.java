package dev.dbpatterns.kit.learn.engine;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frameworks, drivers and lesson-kit an exercise runs on, in one class loader per classpath,
 * kept for the life of the JVM: `learn watch` re-checks with Hibernate and MyBatis already loaded
 * and compiled by the JIT, and only the learner's freshly compiled classes are new each time. For
 * check and watch, the ./learn launcher puts the exercises' libraries on the CLI's class path, where the
 * class-data-sharing archive holds them, and names them in {@code learn.libraries}: an exercise that
 * needs none but these runs on the CLI's class loader.
 */
final class Libraries {
    private static final Map<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();
    /** The CLI's classes an exercise may see: only the JUnit Platform, whose listener and results cross over. */
    private static final List<String> SHARED = List.of("org.junit.platform.", "org.opentest4j.", "org.apiguardian.");

    private Libraries() {
    }

    static ClassLoader of(List<Path> classpath) {
        return LOADERS.computeIfAbsent(List.copyOf(classpath), jars -> !jars.isEmpty() && onTheClassPath().containsAll(jars)
                ? ClassLoader.getSystemClassLoader()
                : withDriversRegistered(new URLClassLoader("learn-libraries", urls(jars), new SharedWithTheCli())));
    }

    /**
     * Loads the JDBC drivers among the libraries, each of which registers itself with DriverManager.
     * DriverManager looks for drivers once per JVM, in whichever class loader asks first, and lends a
     * driver only to code of the loader that loaded it: without this, the second exercise graded in a
     * JVM would find "no suitable driver" for a plain JDBC URL (HikariCP given only a jdbcUrl).
     */
    private static ClassLoader withDriversRegistered(ClassLoader libraries) {
        try {
            ServiceLoader.load(Driver.class, libraries).stream().forEach(ServiceLoader.Provider::get);
        } catch (ServiceConfigurationError broken) {
            // a driver that cannot load fails its own tests, with its own message
        }
        return libraries;
    }

    private static List<Path> onTheClassPath() {
        String file = System.getProperty("learn.libraries");
        return file == null ? List.of() : Workspace.readClasspath(Path.of(file));
    }

    /**
     * The parent of an exercise's libraries: the JDK, and the JUnit Platform from the CLI. The CLI's
     * own libraries (Gson, picocli, the directory watcher and its logging) stay out of the exercise,
     * so its frameworks find their own logging and JSON, as under Maven.
     */
    private static final class SharedWithTheCli extends ClassLoader {
        SharedWithTheCli() {
            super("learn-shared", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (SHARED.stream().anyMatch(name::startsWith)) {
                return Libraries.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a classpath entry: " + paths.get(i), e);
            }
        }
        return urls;
    }
}

package dev.dbpatterns.kit.learn.engine;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Whether the database servers a run will use answer: asked of lesson-kit's ServerCheck, loaded
 * from the exercise's libraries as a run loads it, so the lookup (local server, settings, the
 * Testcontainers fallback) is the one the tests will make, not a second one kept here.
 */
public final class DatabaseCheck {
    private static final String SERVER_CHECK = "dev.dbpatterns.kit.lesson.ServerCheck";

    /** A server that will not answer: which (its id, postgres), why (naming it and its URL), and what to do. */
    public record Unanswered(String target, String reason, String whatToDo) {
    }

    private DatabaseCheck() {
    }

    /** @param database the targets as --db names them, or null for CATALOG_DB */
    @SuppressWarnings("unchecked")
    public static List<Unanswered> unanswered(Workspace workspace, String database) {
        return ((List<List<String>>) serverCheck(workspace, "unreachable", database)).stream()
                .map(server -> new Unanswered(server.get(0), server.get(1), server.get(2))).toList();
    }

    /**
     * Drops the lesson schemas and databases that runs which are over left on the servers (a
     * grading JVM that was killed, or halted before lesson-kit's own hook ran).
     */
    public static void sweepLeftovers(Workspace workspace, String database) {
        serverCheck(workspace, "sweep", database);
    }

    private static Object serverCheck(Workspace workspace, String method, String database) {
        ClassLoader libraries = Libraries.of(workspace.dependencies());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // As a run does: JDBC finds the drivers through the context class loader.
        thread.setContextClassLoader(libraries);
        try {
            return Class.forName(SERVER_CHECK, true, libraries).getMethod(method, String.class).invoke(null, database);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new EngineException("The exercise's lesson-kit cannot check its databases (" + e.getMessage()
                    + "): it is older than learn. Rebuild it: ./mvnw -q install -DskipTests -pl kit/lesson-kit");
        } catch (InvocationTargetException e) {
            throw new EngineException("Could not check the databases: " + e.getCause().getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

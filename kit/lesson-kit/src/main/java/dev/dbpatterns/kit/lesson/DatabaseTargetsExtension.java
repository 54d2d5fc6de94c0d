package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.TargetSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit side of {@link DatabaseTest}: one class-template invocation per selected target;
 * before each, a migrated schema of the class's own (or a skip, or a failure when
 * {@code CATALOG_DB_REQUIRED=true}); around each test, the SQL log reset, printed and written.
 */
public final class DatabaseTargetsExtension implements ClassTemplateInvocationContextProvider,
        BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback,
        BeforeEachCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DatabaseTargetsExtension.class);
    private static final ServerLocator SERVERS = ServerLocator.withTestcontainers();

    private enum Key { TARGET, WRITES_SQL_FILES, DATABASE, WRITTEN_FILES, UNREACHABLE }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), DatabaseTest.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        List<DatabaseTarget> targets = from(settings(context));
        // The docs show one database's SQL: the first selected, H2 when it runs.
        return targets.stream().map(target -> new TargetInvocation(target, target == targets.get(0)));
    }

    private record TargetInvocation(DatabaseTarget target, boolean writesSqlFiles)
            implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + target.displayName();
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            context.getStore(NAMESPACE).put(Key.TARGET, target);
            context.getStore(NAMESPACE).put(Key.WRITES_SQL_FILES, writesSqlFiles);
            context.getStore(NAMESPACE).put(Key.WRITTEN_FILES, new HashSet<String>());
        }
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) throws Exception {
        DatabaseTarget target = context.getStore(NAMESPACE).get(Key.TARGET, DatabaseTarget.class);
        Settings settings = settings(context);
        ServerAddress server = ServerAddress.localDefault(target);
        if (target.isServer()) {
            switch (SERVERS.locate(target, settings)) {
                case ServerLookup.Found found -> server = found.address();
                case ServerLookup.Unreachable unreachable -> {
                    if (settings.isTrue(TargetSelection.REQUIRED_KEY)) {
                        throw new DatabaseUnavailableException(unreachable.reason()
                                + ". " + Settings.environmentName(TargetSelection.REQUIRED_KEY) + "=true makes this a failure: "
                                + unreachable.whatToDo() + ".");
                    }
                    // Each test is skipped on its own (see beforeEach), so reports count them as skipped.
                    context.getStore(NAMESPACE).put(Key.UNREACHABLE, unreachable.reason() + ". To run on it, "
                            + unreachable.whatToDo() + "; or run with " + Settings.environmentName(TargetSelection.KEY) + "=h2.");
                    return;
                }
            }
        }
        DatabaseTest settingsOfClass = AnnotationSupport
                .findAnnotation(context.getRequiredTestClass(), DatabaseTest.class).orElseThrow();
        context.getStore(NAMESPACE).put(Key.DATABASE,
                ClassDatabase.open(target, server, context.getRequiredTestClass(), settingsOfClass));
    }

    @Override
    public void afterClassTemplateInvocation(ExtensionContext context) throws Exception {
        ClassDatabase database = context.getStore(NAMESPACE).remove(Key.DATABASE, ClassDatabase.class);
        if (database != null) {
            database.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String unreachable = context.getStore(NAMESPACE).get(Key.UNREACHABLE, String.class);
        if (unreachable != null) {
            Assumptions.abort(unreachable);
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        database(context).sql().reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        ClassDatabase database = database(context);
        if (!database.sql().statements().isEmpty()) {
            // A step that sent nothing says so in its name when that is its point; the file says it too.
            context.publishReportEntry(LessonTreePrinter.SQL_ENTRY, database.sql().listing());
        }
        if (Boolean.TRUE.equals(context.getStore(NAMESPACE).get(Key.WRITES_SQL_FILES, Boolean.class))) {
            Path directory = Path.of(settings(context).get(LessonOutput.DIRECTORY_KEY).orElse("target/lesson-sql"));
            LessonOutput.write(directory, className(context), fileName(context),
                    title(context, database.target()), database.target(), database.sql().statements());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LessonDatabase.class || type == SqlLog.class || type == DatabaseTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        ClassDatabase database = context.getStore(NAMESPACE).get(Key.DATABASE, ClassDatabase.class);
        if (database != null) {
            return type == SqlLog.class ? database.sql() : type == DatabaseTarget.class ? database.target() : database;
        }
        String unreachable = context.getStore(NAMESPACE).get(Key.UNREACHABLE, String.class);
        if (unreachable != null) {
            // Each test skips itself in beforeEach; until then, what needs the database skips too.
            DatabaseTarget target = context.getStore(NAMESPACE).get(Key.TARGET, DatabaseTarget.class);
            return type == DatabaseTarget.class ? target
                    : type == SqlLog.class ? new SqlLog() : new UnreachableDatabase(target, unreachable);
        }
        throw new ParameterResolutionException("A " + type.getSimpleName()
                + " exists once per database target: take it in a test, a @BeforeEach method or a constructor."
                + " A class-level @BeforeAll runs before any target is chosen.");
    }

    private static ClassDatabase database(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Key.DATABASE, ClassDatabase.class);
    }

    /** The selected targets; a CATALOG_DB that names no database says so, as --db does in learn. */
    private static List<DatabaseTarget> from(Settings settings) {
        try {
            return TargetSelection.from(settings).stream().map(DatabaseTarget::of).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CATALOG_DB=" + e.getMessage(), e);
        }
    }

    private static Settings settings(ExtensionContext context) {
        return new Settings(context::getConfigurationParameter, System::getenv);
    }

    /** "Lesson › scenario › step": display names from the class down, without the engine or the target. */
    private static String title(ExtensionContext context, DatabaseTarget target) {
        List<String> names = new ArrayList<>();
        String invocation = new TargetInvocation(target, false).getDisplayName(0);
        for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
            if (!c.getDisplayName().equals(invocation)) {
                names.add(0, c.getDisplayName());
            }
        }
        return String.join(" › ", names);
    }

    /**
     * Outer.Inner for a @Nested class, so each scenario gets its own folder. Named after the
     * instances, not the declaring classes: a scenario nested in an abstract contract belongs to
     * the concrete subclass that ran it (MyBatisBooksTest.Search, HibernateBooksTest.Search).
     */
    static String className(ExtensionContext context) {
        return context.getRequiredTestInstances().getAllInstances().stream()
                .map(instance -> instance.getClass().getSimpleName())
                .collect(Collectors.joining("."));
    }

    /** The method's name; a repeated or parameterized method gets -2, -3, … after the first. */
    @SuppressWarnings("unchecked")
    private static String fileName(ExtensionContext context) {
        Set<String> written = context.getStore(NAMESPACE).get(Key.WRITTEN_FILES, Set.class);
        String base = className(context) + "/" + context.getRequiredTestMethod().getName();
        String name = base;
        for (int i = 2; !written.add(name); i++) {
            name = base + "-" + i;
        }
        return name.substring(name.indexOf('/') + 1);
    }
}

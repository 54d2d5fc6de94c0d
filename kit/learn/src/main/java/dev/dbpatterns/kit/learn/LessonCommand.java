package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.LessonRunner;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@code learn lessons} and {@code learn lesson <pattern>}: the executable chapters of each pattern. */
final class LessonCommand {
    private final Session session;

    LessonCommand(Session session) {
        this.session = session;
    }

    int list(List<String> args) {
        Arguments.parse("lessons", args, Set.of(), Set.of()).atMostWords(0);
        Output out = session.out;
        for (String pattern : patterns()) {
            List<String> lessons = lessons(pattern);
            out.println(out.bold(pattern) + out.dim("  " + lessons.size() + " lessons: ") + String.join(", ", lessons));
        }
        out.println("Run a pattern's lessons: ./learn lesson <pattern> [--db h2|postgres|mariadb|all] [a word of a lesson's name]");
        return 0;
    }

    int run(List<String> args) {
        Arguments arguments = Arguments.parse("lesson", args, Set.of(), Set.of("--db"));
        arguments.atMostWords(2);
        String pattern = arguments.requiredWord(0, "the pattern whose lessons to run (patterns: "
                + String.join(", ", patterns()) + ")");
        if (!patterns().contains(pattern)) {
            throw new LearnException("There is no pattern '" + pattern + "' with lessons. Patterns: "
                    + String.join(", ", patterns()) + ".");
        }
        String word = arguments.word(1).orElse(null);
        if (word != null && lessons(pattern).stream().noneMatch(l -> l.toLowerCase().contains(word.toLowerCase()))) {
            throw new LearnException("No lesson of " + pattern + " has '" + word + "' in its name. Lessons: "
                    + String.join(", ", lessons(pattern)) + ".");
        }
        Path module = session.root.resolve("patterns").resolve(pattern);
        Path classpath = module.resolve(Workspace.CLASSPATH_FILE);
        if (!Files.isDirectory(module.resolve("target/test-classes")) || !Files.isRegularFile(classpath)) {
            throw new LearnException("The lessons of " + pattern + " are not built. ./learn builds them when it starts:"
                    + " run it again, or build them with ./mvnw -q -pl patterns/" + pattern + " -am test-compile"
                    + " dependency:build-classpath -Dmdep.outputFile=" + Workspace.CLASSPATH_FILE);
        }
        String database = arguments.option("--db").map(Options::database).orElse(null);
        TestExecutionSummary summary = new LessonRunner().run(module.resolve("target/test-classes"),
                module.resolve("target/classes"), Workspace.readClasspath(classpath), word, database,
                module.resolve("target/lesson-sql"));
        Output out = session.out;
        out.println();
        String totals = summary.getTestsSucceededCount() + " of " + summary.getTestsFoundCount() + " steps passed"
                + (summary.getTestsSkippedCount() + summary.getTestsAbortedCount() > 0
                ? ", " + (summary.getTestsSkippedCount() + summary.getTestsAbortedCount()) + " skipped" : "");
        if (summary.getTotalFailureCount() > 0) {
            out.println(out.red("✘ " + totals + ", " + summary.getTotalFailureCount() + " failed: a lesson no longer"
                    + " proves its point. Tell the course authors."));
            return 1;
        }
        out.println(out.green("✔ " + totals + ".") + " The SQL of each step is also in " + session.show(module.resolve("target/lesson-sql")) + ".");
        return 0;
    }

    /** Pattern modules that have lessons: classes named …Lesson under patterns/<name>/src/test/java. */
    private List<String> patterns() {
        Path folder = session.root.resolve("patterns");
        try (Stream<Path> modules = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return modules.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> !lessons(name).isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lessons(String pattern) {
        return ProgressCommand.files(session.root.resolve("patterns").resolve(pattern).resolve("src/test/java")).stream()
                .map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith("Lesson.java"))
                .map(name -> name.substring(0, name.length() - ".java".length()))
                .sorted().collect(Collectors.toList());
    }
}

package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.ExerciseFolder;
import dev.dbpatterns.kit.learn.engine.LessonRunner;
import dev.dbpatterns.kit.learn.engine.Workspace;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@code learn lesson <pattern> [word]}: a pattern's executable chapters, the SQL of each step shown. */
@Command(name = "lesson", description = "run a pattern's lessons, the SQL of each step shown")
final class LessonCommand extends LearnCommand implements Mistakes.NeedsAName {
    @Parameters(index = "0", paramLabel = "pattern", description = "see ./learn lessons")
    String pattern;
    @Parameters(index = "1", arity = "0..1", paramLabel = "word", description = "only lessons with it in their name")
    String word;
    @Mixin
    DatabaseOption database;

    @Override
    public String whatIsNeeded() {
        return "the pattern whose lessons to run (patterns: " + names() + ")";
    }

    @Override
    public Integer call() {
        PatternModule module = PatternModule.withLessons(invocation.root).stream()
                .filter(candidate -> candidate.name().equals(pattern)).findFirst()
                .orElseThrow(() -> new LearnException("There is no pattern '" + pattern + "' with lessons. Patterns: "
                        + names() + "."));
        List<String> lessons = module.lessons();
        if (word != null && lessons.stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))) {
            throw new LearnException("No lesson of " + pattern + " has '" + word + "' in its name. Lessons: "
                    + String.join(", ", lessons) + ".");
        }
        if (!module.isBuilt()) {
            throw new LearnException("The lessons of " + pattern + " are not built. ./learn builds them when it starts:"
                    + " run it again, or build them with ./mvnw -q -pl patterns/" + pattern + " -am test-compile"
                    + " dependency:build-classpath -Dmdep.outputFile=" + ExerciseFolder.CLASSPATH_FILE);
        }
        TestExecutionSummary summary = new LessonRunner().run(module.testClasses(), module.classes(),
                Workspace.readClasspath(module.classpathFile()), word, database.database, module.sqlFolder());
        Output out = invocation.out;
        out.println();
        long skipped = summary.getTestsSkippedCount() + summary.getTestsAbortedCount();
        String totals = summary.getTestsSucceededCount() + " of " + summary.getTestsFoundCount() + " steps passed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
        if (summary.getTotalFailureCount() > 0) {
            out.println(out.red("✘ " + totals + ", " + summary.getTotalFailureCount() + " failed: a lesson no longer"
                    + " proves its point. Tell the course authors."));
            return 1;
        }
        if (summary.getTestsSucceededCount() == 0 && skipped > 0) {
            // Nothing was proven: a green line here would read as "the lessons hold" when none ran.
            out.println(out.red("✘ " + totals + ": no step ran. Each says why above; fix that, or run with --db h2."));
            return 1;
        }
        out.println(out.green("✔ " + totals + ".") + " The SQL of each step is also in " + invocation.show(module.sqlFolder()) + ".");
        return 0;
    }

    private String names() {
        return String.join(", ", PatternModule.withLessons(invocation.root).stream().map(PatternModule::name).toList());
    }
}

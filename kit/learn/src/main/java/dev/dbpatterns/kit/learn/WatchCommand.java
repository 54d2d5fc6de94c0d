package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code learn watch [exercise]}: checks, then checks again on every save, in one JVM, so each
 * re-check finds the frameworks already loaded. Without a name it follows the course: when the
 * current exercise passes it moves on to the next, and stops when the course is done. With a
 * name it stays on that exercise, passed or not, until stopped.
 */
@Command(name = "watch", description = "check again on every save")
final class WatchCommand extends LearnCommand {
    @Parameters(arity = "0..1", paramLabel = "exercise", description = "default: follow the course, exercise by exercise")
    String name;
    @Option(names = "--poll", description = "look for changes every few hundred ms: for file systems without events")
    boolean poll;
    @Mixin
    DatabaseOption database;
    @Mixin
    TimeLimitOption timeLimit;

    @Override
    public Integer call() {
        RunSettings settings = timeLimit.with(database);
        String databases = database.describe();
        Course.Exercise exercise = invocation.exerciseOrCurrent(name);
        Output out = invocation.out;
        while (true) {
            Path sources = invocation.folder(exercise).learnerFiles();
            // Watching starts before the check, so a save during the check is not missed.
            try (FileChanges changes = new FileChanges(sources, poll, out)) {
                if (CheckCommand.check(invocation, exercise, settings, databases) == 0 && name == null) {
                    Course.Exercise next = invocation.progress().current(invocation.course());
                    if (next == null) {
                        return 0;
                    }
                    if (!next.equals(exercise)) {
                        exercise = next;
                        out.println(out.bold("Watching " + next.name() + " now."));
                        continue;
                    }
                }
                out.println(out.dim("Watching " + invocation.show(sources) + ": save a file to check again (Ctrl-C stops)."));
                changes.awaitChange();
                out.println();
                out.println(out.dim("━━ changed, checking again ━━"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }
}

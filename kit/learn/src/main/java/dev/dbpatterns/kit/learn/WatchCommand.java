package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code learn watch [exercise]}: checks, then checks again on every save, in one JVM, so each
 * re-check finds the frameworks already loaded. Without a name it follows the course: when the
 * current exercise passes it moves on to the next, and stops when the course is done. With a
 * name it stays on that exercise, passed or not, until stopped.
 */
final class WatchCommand {
    private final Session session;

    WatchCommand(Session session) {
        this.session = session;
    }

    int run(List<String> args) {
        Arguments arguments = Arguments.parse("watch", args, Set.of("--poll"), Set.of("--db", "--time-limit"));
        arguments.atMostWords(1);
        RunSettings settings = Options.settings(arguments);
        Course.Exercise exercise = session.exerciseOrCurrent(arguments.word(0));
        boolean followCourse = arguments.word(0).isEmpty();
        CheckCommand check = new CheckCommand(session);
        Output out = session.out;
        while (true) {
            Path sources = session.root.resolve(exercise.folder()).resolve("src/main");
            // Watching starts before the check, so a save during the check is not missed.
            try (FileChanges changes = FileChanges.under(sources, arguments.flag("--poll"), out)) {
                if (check.check(exercise, settings) == 0 && followCourse) {
                    Course.Exercise next = session.progress().current(session.course());
                    if (next == null) {
                        return 0;
                    }
                    if (!next.equals(exercise)) {
                        exercise = next;
                        out.println(out.bold("Watching " + next.name() + " now."));
                        continue;
                    }
                }
                out.println(out.dim("Watching " + session.show(sources) + ": save a file to check again (Ctrl-C stops)."));
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

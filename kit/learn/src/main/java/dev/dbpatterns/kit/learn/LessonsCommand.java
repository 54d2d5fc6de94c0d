package dev.dbpatterns.kit.learn;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code learn lessons}: the patterns whose executable chapters can be run. */
@Command(name = "lessons", description = "the patterns whose lessons you can run")
final class LessonsCommand extends LearnCommand {
    @Override
    public Integer call() {
        Output out = invocation.out;
        for (PatternModule pattern : PatternModule.withLessons(invocation.root)) {
            List<String> lessons = pattern.lessons();
            out.println(out.bold(pattern.name()) + out.dim("  " + lessons.size() + (lessons.size() == 1 ? " lesson: " : " lessons: ")) + String.join(", ", lessons));
        }
        out.println("Run a pattern's lessons: ./learn lesson <pattern> [--db h2|postgres|mariadb|all] [a word of a lesson's name]");
        return 0;
    }
}

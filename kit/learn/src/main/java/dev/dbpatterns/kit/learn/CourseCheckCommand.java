package dev.dbpatterns.kit.learn;

import picocli.CommandLine.Command;

/** {@code learn course-check}: for course authors, what the build checks, on demand. */
@Command(name = "course-check", description = "for course authors: every solution passes, every stub fails")
final class CourseCheckCommand extends LearnCommand {
    @Override
    public Integer call() {
        return new CourseCheck(invocation.root).report(invocation.out);
    }
}

package dev.dbpatterns.kit.learn;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code learn course-check}: for course authors, what the build checks, on demand. */
@Command(name = "course-check", description = "for course authors: every solution passes, every stub fails")
final class CourseCheckCommand implements Callable<Integer> {
    private final Invocation invocation;

    CourseCheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        return new CourseCheck(invocation.root).report(invocation.out);
    }
}

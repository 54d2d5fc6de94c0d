package dev.dbpatterns.kit.learn.engine;

import java.util.List;

/**
 * A test, or a class of tests, that has just started: what a run was doing if it never comes back
 * (the JVM was ended by the code under test, ran out of memory, or hangs where no time limit reaches).
 *
 * @param tasks the tasks it belongs to (a class: those of its tests); empty when none is known
 * @param name  the display names from the test class down, joined by " › "
 */
public record RunningTest(List<Integer> tasks, String name) {
}

package dev.dbpatterns.kit.learn;

import java.util.concurrent.Callable;

/** A command of ./learn: picocli parses its options, {@link Learn} gives it what every command works with. */
abstract class LearnCommand implements Callable<Integer> {
    Invocation invocation;
}

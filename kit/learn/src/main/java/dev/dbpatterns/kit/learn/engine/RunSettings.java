package dev.dbpatterns.kit.learn.engine;

import java.time.Duration;

/**
 * How to run an exercise's tests.
 *
 * @param database  lesson-kit's {@code catalog.db} (h2, postgres, mariadb, all); null for its default
 * @param timeLimit the most one test may take; past it the test fails, so an endless loop cannot hang a run
 */
public record RunSettings(String database, Duration timeLimit) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public static RunSettings defaults() {
        return new RunSettings(null, DEFAULT_TIME_LIMIT);
    }
}

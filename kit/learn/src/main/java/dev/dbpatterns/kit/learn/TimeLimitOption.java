package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --time-limit}: the most one test may take, so an endless loop fails instead of hanging. */
final class TimeLimitOption {
    @Option(names = "--time-limit", paramLabel = "s", converter = Seconds.class,
            description = "the most one test may take, in seconds (default 10)")
    Duration limit = RunSettings.DEFAULT_TIME_LIMIT;

    RunSettings with(DatabaseOption database) {
        return new RunSettings(database.database, limit);
    }

    static final class Seconds implements picocli.CommandLine.ITypeConverter<Duration> {
        /** An hour: no test here needs more, and larger numbers overflow the limits derived from it. */
        static final long MOST = 3600;

        @Override
        public Duration convert(String value) {
            try {
                long seconds = Long.parseLong(value.trim());
                if (seconds > 0 && seconds <= MOST) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new LearnException("--time-limit " + value + " is not a number of seconds from 1 to " + MOST + ", such as 10.");
        }
    }
}

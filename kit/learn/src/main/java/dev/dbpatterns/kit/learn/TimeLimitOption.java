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
        @Override
        public Duration convert(String value) {
            try {
                long seconds = Long.parseLong(value.trim());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new LearnException("--time-limit " + value + " is not a number of seconds above 0, such as 10.");
        }
    }
}

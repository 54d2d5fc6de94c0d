package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.RunSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/** The options shared by the commands that run tests: {@code --db} and {@code --time-limit}. */
final class Options {
    static final Set<String> DATABASES = Set.of("h2", "postgres", "mariadb", "all");

    private Options() {
    }

    static RunSettings settings(Arguments arguments) {
        String database = arguments.option("--db").map(Options::database).orElse(null);
        Duration limit = arguments.option("--time-limit").map(Options::seconds).orElse(RunSettings.DEFAULT_TIME_LIMIT);
        return new RunSettings(database, limit);
    }

    /** h2, postgres, mariadb, all, or a comma-separated list: what lesson-kit's CATALOG_DB accepts. */
    static String database(String value) {
        boolean valid = Arrays.stream(value.split(",")).map(String::trim).allMatch(DATABASES::contains);
        if (!valid) {
            throw new LearnException("--db " + value + " names no database. Use h2, postgres, mariadb or all"
                    + " (or a comma-separated list).");
        }
        return value;
    }

    private static Duration seconds(String value) {
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

    static String describe(RunSettings settings) {
        String database = settings.database() != null ? settings.database()
                : System.getenv("CATALOG_DB") != null ? System.getenv("CATALOG_DB") : "h2";
        return database.equals("h2") ? "H2" : database;
    }
}

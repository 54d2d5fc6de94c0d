package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.Target;
import dev.dbpatterns.kit.targets.TargetSelection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --db}: the databases to run on. kit/targets parses it, as it parses lesson-kit's
 * CATALOG_DB, and describes it; without it the run uses CATALOG_DB, else H2.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "h2|postgres|mariadb|all", converter = Validated.class,
            description = "the databases to run on, or a comma-separated list (default: CATALOG_DB, else h2)")
    String database;

    /** In words, as the run will see it: "H2", "PostgreSQL, MariaDB". */
    String describe() {
        return TargetSelection.describe(targets());
    }

    /** The databases the run will use, in run order: --db, else CATALOG_DB, else H2. */
    List<Target> targets() {
        if (database != null) {
            return TargetSelection.parse(database);
        }
        try {
            return TargetSelection.from(Settings.fromSystem());
        } catch (IllegalArgumentException e) {
            throw new LearnException(Settings.environmentName(TargetSelection.KEY) + "=" + e.getMessage());
        }
    }

    /** Checked as it is read, so a wrong name stops the command before anything runs. */
    static final class Validated implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                TargetSelection.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new LearnException("--db " + e.getMessage());
            }
        }
    }
}

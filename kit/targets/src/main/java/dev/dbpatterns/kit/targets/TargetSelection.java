package dev.dbpatterns.kit.targets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which targets to run on: {@code h2}, {@code postgres}, {@code mariadb}, {@code all}, or a
 * comma-separated list; read from {@code catalog.db} (a JUnit configuration parameter or system
 * property) or {@code CATALOG_DB}. The one parser, so {@code --db} and CATALOG_DB accept the same.
 */
public final class TargetSelection {
    /** The setting that selects targets; CATALOG_DB in the environment. */
    public static final String KEY = "catalog.db";
    /** Whether an unreachable server fails rather than skips its tests; CATALOG_DB_REQUIRED in the environment. */
    public static final String REQUIRED_KEY = "catalog.db.required";
    public static final String ALL = "all";

    private TargetSelection() {
    }

    /** The targets named, in run order; H2 alone when nothing is named. */
    public static List<Target> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of(Target.H2);
        }
        if (value.trim().equalsIgnoreCase(ALL)) {
            return List.of(Target.values());
        }
        Set<Target> chosen = EnumSet.noneOf(Target.class);
        for (String id : value.split(",")) {
            chosen.add(Target.byId(id).orElseThrow(() -> new IllegalArgumentException(value
                    + " names no database. Use " + Target.ids() + " or " + ALL + " (or a comma-separated list).")));
        }
        return new ArrayList<>(chosen);
    }

    /** The selection configured in these settings. */
    public static List<Target> from(Settings settings) {
        return parse(settings.get(KEY).orElse(null));
    }

    /** In words, for a line such as "Checking … (5 tasks, on H2)". */
    public static String describe(List<Target> targets) {
        return targets.stream().map(Target::product).collect(Collectors.joining(", "));
    }
}

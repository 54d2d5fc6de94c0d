package dev.dbpatterns.kit.lesson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which database targets to run: {@code CATALOG_DB=h2|postgres|mariadb|all}, or a comma-separated list. */
public final class TargetSelection {
    public static final String KEY = "catalog.db";
    public static final String REQUIRED_KEY = "catalog.db.required";

    private TargetSelection() {
    }

    public static List<DatabaseTarget> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of(DatabaseTarget.H2);
        }
        if (value.trim().equalsIgnoreCase("all")) {
            return List.of(DatabaseTarget.values());
        }
        Set<DatabaseTarget> chosen = EnumSet.noneOf(DatabaseTarget.class);
        for (String id : value.split(",")) {
            chosen.add(DatabaseTarget.byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "CATALOG_DB=" + value + " names no database '" + id.trim() + "'. Use one of: "
                            + DatabaseTarget.validIds() + ", all (or a comma-separated list).")));
        }
        return new ArrayList<>(chosen);
    }

    public static List<DatabaseTarget> from(Settings settings) {
        return parse(settings.get(KEY).orElse(null));
    }
}

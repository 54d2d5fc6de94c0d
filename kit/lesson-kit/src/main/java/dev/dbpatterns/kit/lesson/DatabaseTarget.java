package dev.dbpatterns.kit.lesson;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A database a lesson can run on. The order is the order lessons run in, H2 first. */
public enum DatabaseTarget {
    H2("h2", "H2 (in memory)"),
    POSTGRES("postgres", "PostgreSQL"),
    MARIADB("mariadb", "MariaDB");

    private final String id;
    private final String displayName;

    DatabaseTarget(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The short name used in CATALOG_DB, folder names and lesson output: h2, postgres, mariadb. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the target is a server that must be reached, rather than embedded in the JVM. */
    public boolean isServer() {
        return this != H2;
    }

    public static Optional<DatabaseTarget> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(id.trim())).findFirst();
    }

    public static String validIds() {
        return Arrays.stream(values()).map(DatabaseTarget::id).collect(Collectors.joining(", "));
    }
}

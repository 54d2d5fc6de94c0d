package dev.dbpatterns.kit.targets;

import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** A database the course runs on. The order is the order tests run in, H2 first. */
public enum Target {
    H2("h2", "H2"),
    POSTGRES("postgres", "PostgreSQL"),
    MARIADB("mariadb", "MariaDB");

    private final String id;
    private final String product;

    Target(String id, String product) {
        this.id = id;
        this.product = product;
    }

    /** The short name used in CATALOG_DB, --db, folder names and lesson output: h2, postgres, mariadb. */
    public String id() {
        return id;
    }

    /** The database's own name: H2, PostgreSQL, MariaDB. */
    public String product() {
        return product;
    }

    /**
     * The driver's product name ({@code DatabaseMetaData.getDatabaseProductName()}: the database's
     * own name) → the target's id: what MyBatis's {@code VendorDatabaseIdProvider} takes, so a mapper
     * statement marked {@code databaseId="postgres"} replaces the portable one on PostgreSQL, in
     * every module alike.
     */
    public static Properties databaseIdsByProductName() {
        Properties ids = new Properties();
        for (Target target : values()) {
            ids.setProperty(target.product, target.id);
        }
        return ids;
    }

    /** How lesson output names it: "H2 (in memory)", "PostgreSQL". */
    public String displayName() {
        return isServer() ? product : product + " (in memory)";
    }

    /** Whether the target is a server that must be reached, rather than embedded in the JVM. */
    public boolean isServer() {
        return this != H2;
    }

    /** The setting that holds the server's JDBC URL, {@code catalog.postgres.url} (CATALOG_POSTGRES_URL). */
    public String urlKey() {
        return "catalog." + id + ".url";
    }

    public String userKey() {
        return "catalog." + id + ".user";
    }

    public String passwordKey() {
        return "catalog." + id + ".password";
    }

    public static Optional<Target> byId(String id) {
        return Arrays.stream(values()).filter(target -> target.id.equalsIgnoreCase(id.trim())).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Target::id).collect(Collectors.joining(", "));
    }
}

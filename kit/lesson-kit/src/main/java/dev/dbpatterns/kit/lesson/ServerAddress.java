package dev.dbpatterns.kit.lesson;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** How to reach a database server: JDBC URL and credentials. */
public record ServerAddress(String url, String user, String password) {

    /** The value of {@code CATALOG_<DB>_URL} that asks for a Testcontainers container even if a local server answers. */
    public static final String TESTCONTAINERS = "testcontainers";

    /** The address configured for a server target, or the given default. */
    public static ServerAddress configured(DatabaseTarget target, Settings settings, ServerAddress local) {
        String prefix = "catalog." + target.id() + ".";
        return new ServerAddress(
                settings.get(prefix + "url").orElse(local.url()),
                settings.get(prefix + "user").orElse(local.user()),
                settings.get(prefix + "password").orElse(local.password()));
    }

    static ServerAddress localDefault(DatabaseTarget target) {
        return switch (target) {
            case POSTGRES -> new ServerAddress("jdbc:postgresql://localhost:5432/test", "postgres", "");
            case MARIADB -> new ServerAddress("jdbc:mariadb://localhost:3306/test", "root", "");
            case H2 -> new ServerAddress("jdbc:h2:mem:", "sa", "");
        };
    }

    public boolean wantsContainer() {
        return url.equalsIgnoreCase(TESTCONTAINERS);
    }

    /** A plain driver connection, outside any pool, that gives up after a few seconds. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // An unreachable host must cost seconds, not the driver's default minutes.
        properties.setProperty("connectTimeout", url.startsWith("jdbc:mariadb:") ? "3000" : "3");
        properties.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }
}

package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.targets.Settings;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/** How to reach a database server: JDBC URL and credentials. */
public record ServerAddress(String url, String user, String password) {

    /** The value of {@code CATALOG_<DB>_URL} that asks for a Testcontainers container even if a local server answers. */
    public static final String TESTCONTAINERS = "testcontainers";

    /** The address configured for a server target, or the given default. */
    public static ServerAddress configured(DatabaseTarget target, Settings settings, ServerAddress local) {
        return new ServerAddress(
                settings.get(target.target().urlKey()).orElse(local.url()),
                settings.get(target.target().userKey()).orElse(local.user()),
                settings.get(target.target().passwordKey()).orElse(local.password()));
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
        // The drivers beside lesson-kit first: DriverManager knows only those it found when first asked, in
        // whichever class loader that was, and refuses them to code in another (a tool that loads lesson-kit).
        for (Driver driver : ServiceLoader.load(Driver.class, ServerAddress.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver.connect(url, properties);
            }
        }
        return DriverManager.getConnection(url, properties);
    }
}

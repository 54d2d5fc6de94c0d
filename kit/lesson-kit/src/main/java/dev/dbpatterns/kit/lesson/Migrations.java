package dev.dbpatterns.kit.lesson;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates a lesson's database with the module's Flyway scripts: everything portable lives in
 * {@code db/migration/common}; what differs by vendor in {@code db/migration/<target>}
 * (h2, postgres, mariadb).
 */
public final class Migrations {
    private Migrations() {
    }

    public static void migrate(DataSource dataSource, DatabaseTarget target) {
        // Scripts are found through the context class loader, so code compiled at run time
        // (the learn CLI's exercises) brings its own.
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(target))
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    public static String[] locations(DatabaseTarget target) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + target.id()};
    }
}

package dev.dbpatterns.migrations;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Migrations;
import dev.dbpatterns.kit.lesson.ServerAddress;
import dev.dbpatterns.kit.lesson.Workers;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway as a lesson configures it: on the class's schema, with the scripts of one lesson's
 * folders under {@code db/lessons}, which never mix with the module's own {@code db/migration}.
 * Each call of Flyway opens connections of its own from the address, as an application
 * instance would, so eight instances at once never wait for the class's pool.
 */
final class LessonFlyway {
    static final String LESSONS = "classpath:db/lessons/";

    private LessonFlyway() {
    }

    /** @param folders under {@code db/lessons}, e.g. {@code "checksums/original"} */
    static FluentConfiguration on(LessonDatabase db, String... folders) {
        ServerAddress address = db.address();
        // H2 gives up a lock wait after two seconds; an instance waiting for another's migration waits
        // as long as that takes, like the servers' instances do.
        String url = db.target() == DatabaseTarget.H2 ? address.url() + ";LOCK_TIMEOUT=" + Workers.SAFETY_NET.toMillis() : address.url();
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url, address.user(), address.password())
                .locations(Arrays.stream(folders).map(folder -> LESSONS + folder).toArray(String[]::new))
                .placeholders(Migrations.placeholders(db.target()))
                // Only ever on the lesson's own schema, which lesson-kit drops anyway.
                .cleanDisabled(false);
        // The URL already selects the schema (PostgreSQL) or database (MariaDB); naming it makes
        // Flyway keep its history there and check that schema, not the login's default. H2's
        // database is the class's own, its schema PUBLIC.
        return db.target() == DatabaseTarget.H2 ? configuration : configuration.schemas(db.schemaName());
    }

    /**
     * The module's own migrations (V1 book, V2 its shelf), as lesson-kit runs them for the contract
     * tests, and after them the scripts of the lesson's folders.
     */
    static FluentConfiguration module(LessonDatabase db, String... folders) {
        return on(db).locations(Stream.concat(Stream.of(Migrations.locations(db.target(), List.of("migrations"))),
                Arrays.stream(folders).map(folder -> LESSONS + folder)).toArray(String[]::new));
    }

    /**
     * A lesson's folder whose scripts differ by database, laid out as the module's own:
     * {@code <folder>/common} and {@code <folder>/<h2|postgres|mariadb>}.
     */
    static String[] perDatabase(LessonDatabase db, String folder) {
        return new String[] {folder + "/common", folder + "/" + db.target().id()};
    }

    /** Every table, view and history row of the lesson's schema gone: each test starts from nothing. */
    static void clean(LessonDatabase db) {
        on(db).load().clean();
    }
}

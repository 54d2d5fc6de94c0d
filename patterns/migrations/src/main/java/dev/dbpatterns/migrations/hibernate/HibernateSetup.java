package dev.dbpatterns.migrations.hibernate;

import dev.dbpatterns.migrations.domain.Book;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the catalogue on a schema Flyway made. {@code validate} compares the
 * entities with that schema when the factory starts and refuses to start on a difference, naming
 * it; Hibernate never changes the schema itself. What it would create is written to a script at
 * most, a draft for the next migration.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    // tag::bootstrap[]
    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Book.class);
    }

    /** The same for other entities: a lesson starts the model of a release to come on today's schema. */
    public static SessionFactory sessionFactory(DataSource dataSource, Class<?>... entities) {
        return new HibernatePersistenceConfiguration("catalogue")
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
    // end::bootstrap[]

    // tag::draft[]
    /**
     * Alembic's autogenerate, the Hibernate way: the DDL Hibernate would write for the entities,
     * to a script and nowhere else. The database action is none, so the database is only asked
     * which one it is (the dialect and its version shape the DDL). A person edits the draft into
     * the next migration; the draft itself is never applied.
     */
    public static void writeSchemaDraft(DataSource dataSource, Path script, Class<?>... entities) {
        new HibernatePersistenceConfiguration("catalogue-draft")
                .managedClasses(entities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none")
                .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create")
                .property(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script.toAbsolutePath().toString())
                .property(AvailableSettings.HBM2DDL_SCRIPTS_CREATE_APPEND, false) // a new draft each time, not one more below the last
                .property(AvailableSettings.FORMAT_SQL, true)
                .createEntityManagerFactory()
                .close();
    }
    // end::draft[]
}

package dev.dbpatterns.migrations.hibernate;

import dev.dbpatterns.migrations.domain.Book;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the catalogue on a schema Flyway made. {@code validate} compares the
 * entities with that schema when the factory starts and refuses to start on a difference, naming
 * it; Hibernate never changes the schema itself.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    // tag::bootstrap[]
    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("catalogue")
                .managedClasses(Book.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
    // end::bootstrap[]
}

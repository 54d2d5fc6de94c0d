package dev.dbpatterns.exercises.pooling.hibernate;

import dev.dbpatterns.exercises.pooling.domain.Hold;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the holds on a pool handed in (a HikariDataSource, as hibernate-hikaricp
 * would build from hibernate.hikari.* settings); the schema comes from Flyway.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("holds")
                .managedClasses(Hold.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
}

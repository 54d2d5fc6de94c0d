package dev.dbpatterns.exercises.async.hibernate;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the shelf on the pool it is given; the schema comes from Flyway. The session factory is safe
 * to share among threads, a session is not. Its statistics are on: the tests count the sessions your shelf opens
 * and closes ({@code sessionFactory.getStatistics()}).
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource pool) {
        return new HibernatePersistenceConfiguration("shelf")
                .managedClasses(BookRow.class, ReviewRow.class, StockRow.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.GENERATE_STATISTICS, true)
                .createEntityManagerFactory();
    }
}

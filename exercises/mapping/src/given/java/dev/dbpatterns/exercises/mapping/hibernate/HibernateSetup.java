package dev.dbpatterns.exercises.mapping.hibernate;

import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.domain.UsedCopy;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the counter on a given pool; the schema comes from Flyway, Hibernate only validates it. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("buy-back")
                // PriceConverter is autoApply: every Price field of the entities goes through it.
                .managedClasses(Trade.class, UsedCopy.class, PriceConverter.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
}

package dev.dbpatterns.benchmarks;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate on a given data source; the schema is {@link Schema}'s, so Hibernate creates nothing. */
final class HibernateSetup {
    private HibernateSetup() {
    }

    static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("benchmarks")
                .managedClasses(Author.class, Book.class, SequencedItem.class, IdentityItem.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, PoolSettings.BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .createEntityManagerFactory();
    }
}

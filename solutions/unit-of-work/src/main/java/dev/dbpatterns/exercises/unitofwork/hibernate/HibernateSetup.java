package dev.dbpatterns.exercises.unitofwork.hibernate;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the shop floor on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    /** Statements per JDBC batch. */
    public static final int BATCH_SIZE = 10;

    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("shop-floor")
                .managedClasses(Shelf.class, Placement.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate");
        return withBatching(configuration).createEntityManagerFactory();
    }

    static HibernatePersistenceConfiguration withBatching(HibernatePersistenceConfiguration configuration) {
        return configuration
                // Without a batch size, every statement of a flush is sent on its own.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                // The UPDATEs of a flush come in the order the objects were loaded; sorted by
                // table, the UPDATEs of one table follow each other and share a batch.
                .property(AvailableSettings.ORDER_UPDATES, true);
    }
}

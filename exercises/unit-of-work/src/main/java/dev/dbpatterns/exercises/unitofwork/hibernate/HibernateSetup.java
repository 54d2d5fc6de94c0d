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
        // TODO(task 4): .property(AvailableSettings.…, …) for two settings. Without a batch size (BATCH_SIZE),
        //   every statement of a flush is sent on its own. And the UPDATEs of a flush come in the order the objects
        //   were loaded, so changes to shelves and titles loaded in turn break the batch at every row, unless
        //   Hibernate orders the updates.
        throw new UnsupportedOperationException("TODO(task 4): the settings that make Hibernate batch");
    }
}

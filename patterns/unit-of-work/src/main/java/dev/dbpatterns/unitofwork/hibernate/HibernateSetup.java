package dev.dbpatterns.unitofwork.hibernate;

import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.OrderLine;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the shop on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    /** Statements per JDBC batch, the same as the MyBatis unit of work's. */
    public static final int BATCH_SIZE = 10;

    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Map.of());
    }

    // tag::bootstrap[]
    /** @param settings further Hibernate settings, for lessons that change one */
    public static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("shop")
                .managedClasses(Customer.class, Book.class, Order.class, OrderLine.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // Without a batch size every statement of a flush is sent on its own.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                // Group the INSERTs and UPDATEs of a flush by table, so that each group fills a
                // batch, instead of alternating tables in the order the objects were touched.
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                // A sequence value v means the ids v .. v + 19, as the MyBatis side reads it too.
                .property(AvailableSettings.PREFERRED_POOLED_OPTIMIZER, "pooled-lo");
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::bootstrap[]
}

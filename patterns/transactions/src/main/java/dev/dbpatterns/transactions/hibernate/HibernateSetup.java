package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.Account;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Job;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;

/** Builds Hibernate for the households and the job queue on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Map.of());
    }

    // tag::bootstrap[]
    /** @param settings further Hibernate settings, for lessons that change one */
    public static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("bank")
                .managedClasses(Household.class, Account.class, Job.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // One session is one transaction on one connection: the isolation level and the
                // read-only flag set on it before the transaction begins stay with it until it ends.
                .property(AvailableSettings.CONNECTION_HANDLING,
                        PhysicalConnectionHandlingMode.DELAYED_ACQUISITION_AND_HOLD);
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::bootstrap[]
}

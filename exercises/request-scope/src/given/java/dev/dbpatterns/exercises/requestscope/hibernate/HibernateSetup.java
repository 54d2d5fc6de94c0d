package dev.dbpatterns.exercises.requestscope.hibernate;

import dev.dbpatterns.exercises.requestscope.domain.Loan;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the desk on the server's pool; the schema comes from Flyway. Statistics are on: the tests
 * count the sessions your desk opens and closes ({@code sessionFactory.getStatistics()}).
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource pool) {
        return new HibernatePersistenceConfiguration("desk")
                .managedClasses(Title.class, Loan.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.GENERATE_STATISTICS, true)
                .createEntityManagerFactory();
    }
}

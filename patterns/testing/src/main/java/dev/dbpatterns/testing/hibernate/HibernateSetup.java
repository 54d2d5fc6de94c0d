package dev.dbpatterns.testing.hibernate;

import dev.dbpatterns.testing.domain.Member;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the club on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("club")
                .managedClasses(Member.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
}

package dev.dbpatterns.pooling.hibernate;

import dev.dbpatterns.pooling.domain.Concert;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the box office, two ways: on a pool handed in (the application owns it and
 * can watch it), or on a pool Hibernate builds itself from {@code hibernate.hikari.*} settings
 * (hibernate-hikaricp), closed with the session factory. The schema comes from Flyway.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    // tag::bootstrap[]
    public static SessionFactory sessionFactory(DataSource pool) {
        return configuration()
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .createEntityManagerFactory();
    }
    // end::bootstrap[]

    // tag::hikari[]
    /**
     * @param url      where to connect, with user and password
     * @param settings the pool's, as {@code hibernate.hikari.<HikariConfig property>}: maximumPoolSize,
     *                 connectionTimeout, …
     */
    public static SessionFactory sessionFactory(String url, String user, String password, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = configuration()
                .jdbcUrl(url)
                .jdbcCredentials(user, password)
                // Named outright, so a missing hibernate-hikaricp fails here rather than falling
                // back to the built-in pool that is "not for production use".
                .property(AvailableSettings.CONNECTION_PROVIDER, "hikaricp");
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::hikari[]

    private static HibernatePersistenceConfiguration configuration() {
        return new HibernatePersistenceConfiguration("box-office")
                .managedClasses(Concert.class)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate");
    }
}

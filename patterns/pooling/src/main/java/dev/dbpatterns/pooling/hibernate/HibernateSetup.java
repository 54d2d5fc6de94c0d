package dev.dbpatterns.pooling.hibernate;

import dev.dbpatterns.pooling.domain.Concert;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProvider;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for the box office on a pool handed in (the application owns it and can watch
 * it), on a HikariCP pool Hibernate builds itself from {@code hibernate.hikari.*} settings
 * (hibernate-hikaricp), or on Hibernate's built-in pool. A pool Hibernate builds closes with the
 * session factory. The schema comes from Flyway.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource pool) {
        return sessionFactory(pool, Map.of());
    }

    // tag::bootstrap[]
    /** @param settings further Hibernate settings, for lessons that change one */
    public static SessionFactory sessionFactory(DataSource pool, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = configuration()
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::bootstrap[]

    // tag::hikari[]
    /**
     * @param settings the pool's, as {@code hibernate.hikari.<HikariConfig property>}: maximumPoolSize,
     *                 connectionTimeout, …
     */
    public static SessionFactory sessionFactoryOnHikari(String url, String user, String password, Map<String, Object> settings) {
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

    // tag::built-in[]
    /** Hibernate's own pool, what it uses when given a URL and no pool: for trying things, not for production. */
    public static SessionFactory sessionFactoryOnBuiltInPool(String url, String user, String password, int poolSize) {
        return configuration()
                .jdbcUrl(url)
                .jdbcCredentials(user, password)
                // Named outright: given only a URL, Hibernate 7 uses the one pool module it finds
                // on the class path (here hibernate-hikaricp), and the built-in pool only if none.
                .property(AvailableSettings.CONNECTION_PROVIDER, DriverManagerConnectionProvider.class.getName())
                .property(AvailableSettings.POOL_SIZE, poolSize)
                .createEntityManagerFactory();
    }
    // end::built-in[]

    private static HibernatePersistenceConfiguration configuration() {
        return new HibernatePersistenceConfiguration("box-office")
                .managedClasses(Concert.class)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate");
    }
}

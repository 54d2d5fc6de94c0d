package dev.dbpatterns.querying.hibernate;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.Review;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the library on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Map.of());
    }

    /** @param settings further Hibernate settings, for lessons about one (a batch fetch size, a failure mode) */
    public static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("library")
                .managedClasses(Author.class, Book.class, Review.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate");
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
}

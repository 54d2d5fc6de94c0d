package dev.dbpatterns.repository.hibernate;

import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Book;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the bookshop on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Map.of());
    }

    // tag::bootstrap[]
    /** @param settings further Hibernate settings, for lessons that change one */
    public static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("bookshop")
                .managedClasses(Author.class, Book.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate");
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::bootstrap[]
}

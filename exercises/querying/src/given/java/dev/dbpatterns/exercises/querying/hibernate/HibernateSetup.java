package dev.dbpatterns.exercises.querying.hibernate;

import dev.dbpatterns.exercises.querying.domain.Author;
import dev.dbpatterns.exercises.querying.domain.Book;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the shelf on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("shelf")
                .managedClasses(Author.class, Book.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
}

package dev.dbpatterns.exercises.querying.hibernate;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.Review;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the shelf on a given pool: the querying pattern's library, whose schema comes from its Flyway scripts. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("shelf")
                .managedClasses(Author.class, Book.class, Review.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }
}

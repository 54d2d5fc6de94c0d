package dev.dbpatterns.async.hibernate;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.Review;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Builds blocking Hibernate ORM for the catalogue on the pool it is handed. A session factory is safe to share among
 * threads; a session is not, so each task opens its own.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    // tag::bootstrap[]
    public static SessionFactory sessionFactory(DataSource pool) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("catalog")
                .managedClasses(Book.class, Review.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // getCurrentSession(): a session bound to the thread that opened it (CompletableFutureLesson)
                .property(AvailableSettings.CURRENT_SESSION_CONTEXT_CLASS, "thread");
        // Blocking ORM's own provider, named: configuration.createEntityManagerFactory() asks every provider on the
        // class path, and Hibernate Reactive's (in this module too) answers first and refuses.
        return new HibernatePersistenceProvider().createEntityManagerFactory(configuration).unwrap(SessionFactory.class);
    }
    // end::bootstrap[]
}

package dev.dbpatterns.requestscope.hibernate;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.BookOrder;
import dev.dbpatterns.requestscope.domain.OrderLine;
import dev.dbpatterns.requestscope.domain.Review;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the bookshop on the pool it is handed: one factory for the server, a session per request. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    // tag::bootstrap[]
    public static SessionFactory sessionFactory(DataSource pool) {
        return new HibernatePersistenceConfiguration("bookshop")
                .managedClasses(Book.class, Review.class, BookOrder.class, OrderLine.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory()
                .unwrap(SessionFactory.class);
    }
    // end::bootstrap[]
}

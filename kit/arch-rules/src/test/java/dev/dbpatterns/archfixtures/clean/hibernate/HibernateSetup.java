package dev.dbpatterns.archfixtures.clean.hibernate;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** The bootstrap under its one name. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static EntityManagerFactory sessionFactory() {
        return new HibernatePersistenceConfiguration("fixture").createEntityManagerFactory();
    }
}

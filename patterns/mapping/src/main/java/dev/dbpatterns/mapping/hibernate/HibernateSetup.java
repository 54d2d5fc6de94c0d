package dev.dbpatterns.mapping.hibernate;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.Tag;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate for the bookshop on a given pool; the schema comes from Flyway. */
public final class HibernateSetup {
    /** Statements per JDBC batch: what a flush may group, when the ids allow it. */
    public static final int BATCH_SIZE = 20;

    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource) {
        return sessionFactory(dataSource, Map.of(), List.of());
    }

    // tag::bootstrap[]
    /**
     * @param settings further Hibernate settings, for lessons that change one
     * @param moreEntities further entities, for lessons that map a table another way
     */
    public static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings,
                                                List<Class<?>> moreEntities) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("bookshop")
                .managedClasses(Author.class, Book.class, Tag.class, Delivery.class)
                .managedClasses(moreEntities)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that its mapping fits it.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // Inserts whose ids are known before they run may share a JDBC batch.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true);
        settings.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }
    // end::bootstrap[]
}

package dev.dbpatterns.migrations.releases;

import java.util.Optional;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * A later release in Hibernate: its entity alone in a factory of its own, validated against the
 * schema when the factory is built, as the release's instances would build it.
 */
final class HibernateRelease<B> implements RunningRelease {
    private final SessionFactory sessions;
    private final LaterRelease<B> release;

    private HibernateRelease(SessionFactory sessions, LaterRelease<B> release) {
        this.sessions = sessions;
        this.release = release;
    }

    static <B> RunningRelease start(DataSource dataSource, LaterRelease<B> release) {
        // validate: a column the entity maps and the schema lacks stops the release here, naming it.
        SessionFactory sessions = new HibernatePersistenceConfiguration(release.entity().getName())
                .managedClasses(release.entity())
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
        return new HibernateRelease<>(sessions, release);
    }

    @Override
    public long add(Listing listing) {
        B book = release.book().apply(listing);
        sessions.inTransaction(session -> session.persist(book));
        return release.listing().apply(book).id();
    }

    @Override
    public Optional<Listing> byIsbn(String isbn) {
        return sessions.fromSession(session -> session
                .createSelectionQuery("from " + release.entity().getSimpleName() + " where isbn = :isbn", release.entity())
                .setParameter("isbn", isbn)
                .uniqueResultOptional()
                .map(release.listing()));
    }

    @Override
    public void close() {
        sessions.close();
    }
}

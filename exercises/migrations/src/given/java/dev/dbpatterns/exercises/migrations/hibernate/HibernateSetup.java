package dev.dbpatterns.exercises.migrations.hibernate;

import dev.dbpatterns.exercises.migrations.domain.Release;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Builds Hibernate for one release, which knows only its own entity. {@code validate} compares
 * that entity with the migrated schema when the factory is built: a release whose column is
 * gone does not start, naming the column.
 */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    public static SessionFactory sessionFactory(DataSource dataSource, Release release) {
        return new HibernatePersistenceConfiguration(release.name())
                .managedClasses(entityOf(release))
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .createEntityManagerFactory();
    }

    public static Class<? extends MemberRow> entityOf(Release release) {
        return release == Release.N ? NamedMember.class : FullNamedMember.class;
    }
}

package dev.dbpatterns.migrations;

import dev.dbpatterns.migrations.domain.Catalogue;
import dev.dbpatterns.migrations.hibernate.HibernateCatalogue;
import dev.dbpatterns.migrations.hibernate.HibernateSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Hibernate: the catalogue on the migrated schema (hbm2ddl.auto=validate)")
class HibernateCatalogueTest extends CatalogueContract {
    @Override
    protected Catalogue catalogue() {
        return new HibernateCatalogue(db.shared("hibernate", HibernateSetup::sessionFactory));
    }
}

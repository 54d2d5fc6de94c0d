package dev.dbpatterns.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.querying.domain.Catalog;
import dev.dbpatterns.querying.hibernate.HibernateCatalog;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Catalog in Hibernate")
class HibernateCatalogTest extends CatalogContract {
    @Override
    protected Catalog catalog(LessonDatabase db) {
        return new HibernateCatalog(db.shared("hibernate", HibernateSetup::sessionFactory));
    }
}

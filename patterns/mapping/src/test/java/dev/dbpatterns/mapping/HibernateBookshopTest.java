package dev.dbpatterns.mapping;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.hibernate.HibernateBookshop;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The bookshop mapped by Hibernate")
class HibernateBookshopTest extends BookshopContract {
    @Override
    protected Bookshop bookshop(LessonDatabase db) {
        return new HibernateBookshop(db.shared("hibernate", HibernateSetup::sessionFactory));
    }
}

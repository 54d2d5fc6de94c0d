package dev.dbpatterns.unitofwork;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import dev.dbpatterns.unitofwork.hibernate.HibernateUnitsOfWork;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The unit of work that Hibernate's Session is")
class HibernateUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected UnitsOfWork units(LessonDatabase db) {
        return new HibernateUnitsOfWork(db.shared("hibernate", HibernateSetup::sessionFactory));
    }
}

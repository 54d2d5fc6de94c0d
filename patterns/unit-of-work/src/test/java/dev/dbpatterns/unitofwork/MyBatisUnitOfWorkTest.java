package dev.dbpatterns.unitofwork;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The unit of work built by hand on MyBatis")
class MyBatisUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected UnitsOfWork units(LessonDatabase db) {
        return new MyBatisUnitsOfWork(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }
}

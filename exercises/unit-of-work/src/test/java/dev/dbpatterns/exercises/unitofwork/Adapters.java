package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.hibernate.HibernateRearrangement;
import dev.dbpatterns.exercises.unitofwork.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.unitofwork.mybatis.MyBatisRearrangement;
import dev.dbpatterns.exercises.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;

/** Your two units of work, each on the test class's database; the frameworks are built once per class. */
final class Adapters {
    private Adapters() {
    }

    static Rearrangements myBatis(LessonDatabase db) {
        SqlSessionFactory sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        return () -> new MyBatisRearrangement(sessions);
    }

    static Rearrangements hibernate(LessonDatabase db) {
        SessionFactory sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        return () -> new HibernateRearrangement(sessions);
    }
}

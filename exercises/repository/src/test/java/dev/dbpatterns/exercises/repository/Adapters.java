package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.exercises.repository.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.repository.hibernate.HibernateReviews;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisSetup;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisReviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;

/** Your two adapters, each on the test class's database; the frameworks are built once per class. */
final class Adapters {
    private Adapters() {
    }

    static Reviews myBatis(LessonDatabase db) {
        return new MyBatisReviews(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }

    static Reviews hibernate(LessonDatabase db) {
        return new HibernateReviews(db.shared("hibernate", HibernateSetup::sessionFactory));
    }
}

package dev.dbpatterns.exercises.repository;

import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.exercises.repository.hibernate.HibernateBookshop;
import dev.dbpatterns.exercises.repository.hibernate.HibernateReviews;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisBookshop;
import dev.dbpatterns.exercises.repository.mybatis.MyBatisReviews;
import dev.dbpatterns.kit.lesson.LessonDatabase;

/** Your two adapters, each on the test class's database; the frameworks are built once per class. */
final class Adapters {
    private Adapters() {
    }

    static Reviews myBatis(LessonDatabase db) {
        return new MyBatisReviews(db.shared("mybatis", MyBatisBookshop::sqlSessionFactory));
    }

    static Reviews hibernate(LessonDatabase db) {
        return new HibernateReviews(db.shared("hibernate", HibernateBookshop::sessionFactory));
    }
}

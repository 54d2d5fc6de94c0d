package dev.dbpatterns.exercises.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.exercises.querying.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.querying.hibernate.HibernateShelf;
import dev.dbpatterns.exercises.querying.mybatis.MyBatisSetup;
import dev.dbpatterns.exercises.querying.mybatis.MyBatisShelf;

/** Your two adapters, each built once per test class and database. */
enum Style {
    MYBATIS {
        @Override
        Shelf shelf(LessonDatabase db) {
            return new MyBatisShelf(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        }
    },
    HIBERNATE {
        @Override
        Shelf shelf(LessonDatabase db) {
            return new HibernateShelf(db.shared("hibernate", HibernateSetup::sessionFactory));
        }
    };

    abstract Shelf shelf(LessonDatabase db);

    /** Both frameworks started before a test's SQL is recorded (Hibernate reads metadata as it starts). */
    static void startAll(LessonDatabase db) {
        for (Style style : values()) {
            style.shelf(db);
        }
    }
}

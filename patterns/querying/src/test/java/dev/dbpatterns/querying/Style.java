package dev.dbpatterns.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.querying.domain.Catalog;
import dev.dbpatterns.querying.hibernate.HibernateCatalog;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import dev.dbpatterns.querying.mybatis.MyBatisCatalog;
import dev.dbpatterns.querying.mybatis.MyBatisSetup;

/** The two styles, for a lesson that tells the same story in both. */
enum Style {
    MYBATIS {
        @Override
        Catalog catalog(LessonDatabase db) {
            return new MyBatisCatalog(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        }
    },
    HIBERNATE {
        @Override
        Catalog catalog(LessonDatabase db) {
            return new HibernateCatalog(db.shared("hibernate", HibernateSetup::sessionFactory));
        }
    };

    abstract Catalog catalog(LessonDatabase db);
}

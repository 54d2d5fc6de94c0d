package dev.dbpatterns.exercises.mapping;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.hibernate.HibernateBuyBack;
import dev.dbpatterns.exercises.mapping.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.mapping.mybatis.CounterMapper;
import dev.dbpatterns.exercises.mapping.mybatis.MyBatisBuyBack;
import dev.dbpatterns.exercises.mapping.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;

/** Your two adapters, each framework built once per test class and database. */
enum Style {
    MYBATIS {
        @Override
        BuyBack buyBack(LessonDatabase db) {
            return new MyBatisBuyBack(mybatis(db));
        }

        @Override
        void saveRow(LessonDatabase db, Trade trade) {
            try (SqlSession session = mybatis(db).openSession()) {
                session.getMapper(CounterMapper.class).insertTrade(trade);
                session.commit();
            }
        }

        @Override
        Trade loadRow(LessonDatabase db, long id) {
            try (SqlSession session = mybatis(db).openSession()) {
                return session.getMapper(CounterMapper.class).findTradeRow(id);
            }
        }
    },
    HIBERNATE {
        @Override
        BuyBack buyBack(LessonDatabase db) {
            return new HibernateBuyBack(hibernate(db));
        }

        @Override
        void saveRow(LessonDatabase db, Trade trade) {
            hibernate(db).inTransaction(session -> session.persist(trade));
        }

        @Override
        Trade loadRow(LessonDatabase db, long id) {
            return hibernate(db).fromSession(session -> session.find(Trade.class, id));
        }
    };

    abstract BuyBack buyBack(LessonDatabase db);

    /** Only the trade's own row (task 1): MyBatis's insertTrade, Hibernate's persist of a trade without copies. */
    abstract void saveRow(LessonDatabase db, Trade trade);

    abstract Trade loadRow(LessonDatabase db, long id);

    static SqlSessionFactory mybatis(LessonDatabase db) {
        return db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
    }

    static SessionFactory hibernate(LessonDatabase db) {
        return db.shared("hibernate", HibernateSetup::sessionFactory);
    }

    /** Both frameworks started before a test's SQL is recorded (Hibernate reads metadata as it starts). */
    static void startAll(LessonDatabase db) {
        mybatis(db);
        hibernate(db);
    }
}

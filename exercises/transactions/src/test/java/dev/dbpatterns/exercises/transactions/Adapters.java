package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.exercises.transactions.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.transactions.hibernate.HibernateTransactions;
import dev.dbpatterns.exercises.transactions.mybatis.MyBatisSetup;
import dev.dbpatterns.exercises.transactions.mybatis.MyBatisTransactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;

/** Your two transaction boundaries, each on the test class's database; the frameworks are built once per class. */
final class Adapters {
    private Adapters() {
    }

    static Transactions myBatis(LessonDatabase db) {
        return new MyBatisTransactions(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }

    static Transactions hibernate(LessonDatabase db) {
        return new HibernateTransactions(db.shared("hibernate", HibernateSetup::sessionFactory));
    }

    /** On the unrecorded pool: a crowd of tills sends hundreds of statements, which no step should print. */
    static Transactions quietMyBatis(LessonDatabase db) {
        return new MyBatisTransactions(db.shared("mybatis-quiet",
                recorded -> MyBatisSetup.sqlSessionFactory(db.unrecordedDataSource())));
    }

    static Transactions quietHibernate(LessonDatabase db) {
        return new HibernateTransactions(db.shared("hibernate-quiet",
                recorded -> HibernateSetup.sessionFactory(db.unrecordedDataSource())));
    }
}

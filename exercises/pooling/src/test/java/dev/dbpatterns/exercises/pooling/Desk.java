package dev.dbpatterns.exercises.pooling;

import dev.dbpatterns.exercises.pooling.domain.Hold;
import dev.dbpatterns.exercises.pooling.domain.Holds;
import dev.dbpatterns.exercises.pooling.hibernate.HibernateHolds;
import dev.dbpatterns.exercises.pooling.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.pooling.mybatis.MyBatisHolds;
import dev.dbpatterns.exercises.pooling.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import javax.sql.DataSource;

/** Your two holds desks on a pool the test hands in, and what the table holds, seen through lesson-kit's own pool. */
final class Desk {
    static final String DUNE = "978-0441013593";

    private Desk() {
    }

    static Holds myBatis(DataSource pool) {
        return new MyBatisHolds(MyBatisSetup.sqlSessionFactory(pool));
    }

    static Holds hibernate(LessonDatabase db, String name, DataSource pool) {
        return new HibernateHolds(db.shared(name, ignored -> HibernateSetup.sessionFactory(pool)));
    }

    static Hold hold(String code) {
        return new Hold(code, DUNE, "reader of " + code);
    }

    static void empty(LessonDatabase db) {
        db.update("delete from book_hold");
    }

    /** Rows with this code, committed: 1 when the hold was stored once. */
    static long stored(LessonDatabase db, String code) {
        return db.queryForLong("select count(*) from book_hold where code = ?", code);
    }
}

package dev.dbpatterns.testing;

import dev.dbpatterns.testing.domain.Members;
import dev.dbpatterns.testing.domain.SignupLog;
import dev.dbpatterns.testing.mybatis.MyBatisMembers;
import dev.dbpatterns.testing.mybatis.MyBatisSetup;
import dev.dbpatterns.testing.mybatis.MyBatisSignupLog;
import org.apache.ibatis.session.SqlSession;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;

/** MyBatis: an {@link SqlSession} per session, its transaction ended by the test. */
record MyBatisStyle(SqlSessionFactory sessions) implements ClubStyle {

    static MyBatisStyle on(DataSource pool) {
        return new MyBatisStyle(MyBatisSetup.sqlSessionFactory(pool));
    }

    // tag::session[]
    @Override
    public ClubSession open() {
        SqlSession session = sessions.openSession();
        // end::session[]
        Members members = new MyBatisMembers(session);
        return new ClubSession() {
            public Members members() {
                return members;
            }

            public void flush() {
                session.flushStatements();
            }

            public void commit() {
                session.commit(true);
            }

            public void rollback() {
                session.rollback(true);
            }

            public void close() {
                session.close();
            }
        };
    }

    @Override
    public SignupLog signupLog() {
        return new MyBatisSignupLog(sessions);
    }
}

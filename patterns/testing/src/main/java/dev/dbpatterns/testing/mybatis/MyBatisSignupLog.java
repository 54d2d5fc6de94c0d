package dev.dbpatterns.testing.mybatis;

import dev.dbpatterns.testing.domain.SignupLog;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The signup log on a session of its own, committed before each call returns. */
public final class MyBatisSignupLog implements SignupLog {
    private final SqlSessionFactory sessions;

    public MyBatisSignupLog(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::own-transaction[]
    @Override
    public void attempted(String email) {
        try (SqlSession own = sessions.openSession()) {   // not the caller's session
            own.getMapper(MemberMapper.class).logAttempt(email);
            own.commit();
        }
    }
    // end::own-transaction[]

    @Override
    public long attempts(String email) {
        try (SqlSession own = sessions.openSession()) {
            return own.getMapper(MemberMapper.class).attempts(email);
        }
    }
}

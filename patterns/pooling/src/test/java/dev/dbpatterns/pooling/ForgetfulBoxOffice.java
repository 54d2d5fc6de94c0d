package dev.dbpatterns.pooling;

import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.mybatis.ConcertMapper;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The box office with the bug a pool can only report: a sale opens a session, commits, and
 * never closes it, so its connection never goes back. Compare MyBatisBoxOffice's try-with-resources.
 */
final class ForgetfulBoxOffice implements BoxOffice {
    private final SqlSessionFactory sessions;

    ForgetfulBoxOffice(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::leak[]
    @Override
    public boolean sell(long concertId, int seats) {
        SqlSession session = sessions.openSession();
        boolean sold = session.getMapper(ConcertMapper.class).sell(concertId, seats) == 1;
        session.commit();
        return sold; // no close(): the connection stays lent, to no one
    }
    // end::leak[]

    @Override
    public int seatsLeft(long concertId) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(ConcertMapper.class).seatsLeft(concertId);
        }
    }
}

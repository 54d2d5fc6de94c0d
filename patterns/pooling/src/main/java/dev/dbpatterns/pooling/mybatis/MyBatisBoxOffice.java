package dev.dbpatterns.pooling.mybatis;

import dev.dbpatterns.pooling.domain.BoxOffice;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The box office in MyBatis. A session borrows its connection at the first statement and gives
 * it back at close, whichever pool the factory's data source is.
 */
public final class MyBatisBoxOffice implements BoxOffice {
    private final SqlSessionFactory sessions;

    public MyBatisBoxOffice(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::sell[]
    @Override
    public boolean sell(long concertId, int seats) {
        try (SqlSession session = sessions.openSession()) {
            boolean sold = session.getMapper(ConcertMapper.class).sell(concertId, seats) == 1;
            session.commit();
            return sold;
        } catch (RuntimeException e) { // close() above has returned the connection to the pool
            throw MyBatisErrors.translated(e);
        }
    }
    // end::sell[]

    @Override
    public int seatsLeft(long concertId) {
        try (SqlSession session = sessions.openSession()) {
            Integer left = session.getMapper(ConcertMapper.class).seatsLeft(concertId);
            if (left == null) {
                throw new IllegalArgumentException("No concert " + concertId);
            }
            return left;
        }
    }
}

package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The counter in MyBatis: no cascade, so every row is an explicit statement. find is done; its result map is yours. */
public final class MyBatisBuyBack implements BuyBack {
    private final SqlSessionFactory sessions;

    public MyBatisBuyBack(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Trade record(Trade trade) {
        // TODO(task 3): in one session, insertTrade, then insertCopy for each of the trade's copies (each names
        //   the trade, whose id the INSERT just set), and one commit: all of it or nothing.
        throw new UnsupportedOperationException("TODO(task 3): record a trade and its copies, row by row");
    }

    @Override
    public Optional<Trade> find(long tradeId) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(CounterMapper.class).findTrade(tradeId));
        }
    }

    @Override
    public void handBack(long tradeId, long copyId) {
        // TODO(task 3): deleteCopy(tradeId, copyId) and commit; no row deleted means the trade has no such copy:
        //   IllegalArgumentException (no orphan removal here: the DELETE is yours to send).
        throw new UnsupportedOperationException("TODO(task 3): hand a copy back with a DELETE");
    }
}

package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import dev.dbpatterns.exercises.mapping.domain.UsedCopy;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The counter in MyBatis: no cascade, so every row is an explicit statement, in the order the keys need. */
public final class MyBatisBuyBack implements BuyBack {
    private final SqlSessionFactory sessions;

    public MyBatisBuyBack(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Trade record(Trade trade) {
        try (SqlSession session = sessions.openSession()) {
            CounterMapper mapper = session.getMapper(CounterMapper.class);
            // The trade first: its generated id is what each copy's trade_id refers to.
            mapper.insertTrade(trade);
            for (UsedCopy copy : trade.copies()) {
                mapper.insertCopy(copy);
            }
            session.commit();
            return trade;
        }
    }

    @Override
    public Optional<Trade> find(long tradeId) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(CounterMapper.class).findTrade(tradeId));
        }
    }

    @Override
    public void handBack(long tradeId, long copyId) {
        try (SqlSession session = sessions.openSession()) {
            // No orphan removal here: the DELETE is the adapter's to send, and it names the trade too.
            int deleted = session.getMapper(CounterMapper.class).deleteCopy(tradeId, copyId);
            if (deleted != 1) {
                throw new IllegalArgumentException("Trade " + tradeId + " has no copy " + copyId
                        + ": hand back a copy of this trade");
            }
            session.commit();
        }
    }
}

package dev.dbpatterns.exercises.mapping.hibernate;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** The counter in Hibernate: the mapping's cascade and orphan removal write the copies. */
public final class HibernateBuyBack implements BuyBack {
    private final SessionFactory sessions;

    public HibernateBuyBack(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Trade record(Trade trade) {
        // One persist: the cascade inserts every copy, after the trade whose id they carry.
        sessions.inTransaction(session -> session.persist(trade));
        return trade;
    }

    @Override
    public Optional<Trade> find(long tradeId) {
        return Optional.ofNullable(sessions.fromSession(session -> withCopies(session, tradeId)));
    }

    @Override
    public void handBack(long tradeId, long copyId) {
        // Through the trade, so only its own copies can go; orphan removal sends the DELETE at commit.
        sessions.inTransaction(session -> {
            Trade trade = withCopies(session, tradeId);
            if (trade == null) {
                throw new IllegalArgumentException("No trade " + tradeId + ": hand back a copy of a recorded trade");
            }
            trade.handBack(copyId);
        });
    }

    // The copies are lazy: fetched here, in the one SELECT, they are loaded before the session closes.
    private static Trade withCopies(Session session, long tradeId) {
        return session.createSelectionQuery("from Trade t left join fetch t.copies where t.id = :id", Trade.class)
                .setParameter("id", tradeId)
                .getSingleResultOrNull();
    }
}

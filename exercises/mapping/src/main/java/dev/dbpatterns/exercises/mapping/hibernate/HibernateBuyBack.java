package dev.dbpatterns.exercises.mapping.hibernate;

import dev.dbpatterns.exercises.mapping.domain.BuyBack;
import dev.dbpatterns.exercises.mapping.domain.Trade;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** The counter in Hibernate: the mapping's cascade and orphan removal write the copies. */
public final class HibernateBuyBack implements BuyBack {
    private final SessionFactory sessions;

    public HibernateBuyBack(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Trade record(Trade trade) {
        // TODO(task 3): one persist in a transaction; the cascade on Trade.copies inserts the copies.
        throw new UnsupportedOperationException("TODO(task 3): record a trade and its copies");
    }

    @Override
    public Optional<Trade> find(long tradeId) {
        // TODO(task 3): the trade with its copies loaded before the session closes (they are lazy): one query
        //   with a left join fetch, so a trade without copies is found too.
        throw new UnsupportedOperationException("TODO(task 3): find a trade with its copies");
    }

    @Override
    public void handBack(long tradeId, long copyId) {
        // TODO(task 3): in a transaction, load the trade with its copies and call Trade.handBack: orphan
        //   removal deletes the copy at commit. No such trade: IllegalArgumentException.
        throw new UnsupportedOperationException("TODO(task 3): hand a copy back through its trade");
    }
}

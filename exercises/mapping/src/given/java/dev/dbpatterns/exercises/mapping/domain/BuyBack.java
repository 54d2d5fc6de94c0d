package dev.dbpatterns.exercises.mapping.domain;

import java.util.Optional;

/** The buy-back counter's records, as the port both styles implement; each call is a transaction of its own. */
public interface BuyBack {

    /** Writes a new trade and every copy it took; afterwards the trade and each copy carry their ids. */
    Trade record(Trade trade);

    /** The trade with its copies by ISBN then id, each copy naming this very trade. */
    Optional<Trade> find(long tradeId);

    /**
     * The seller takes a copy back: its row is deleted, the trade's other copies stay.
     *
     * @throws IllegalArgumentException when the trade has no copy with this id
     */
    void handBack(long tradeId, long copyId);
}

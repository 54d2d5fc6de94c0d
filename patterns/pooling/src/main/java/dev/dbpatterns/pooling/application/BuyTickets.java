package dev.dbpatterns.pooling.application;

import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.domain.ConnectionLostException;

/**
 * A buyer's purchase, tried again once when the connection is lost under it: the pool lends
 * another connection, and a buyer does not see a DBA ending a session or a server failing over.
 * Once, because a second loss in a row is no longer a blip; only on a lost connection, because any
 * other error would come back the same.
 *
 * <p>Safe here because a sale is one transaction that never reached its commit when the
 * connection went: the session's end rolled it back. A connection lost during the commit itself
 * leaves it unknown whether the sale happened; a sale that must not happen twice then needs a key
 * the database can check (an idempotency key), not a blind retry.
 */
public final class BuyTickets {
    private final BoxOffice office;

    public BuyTickets(BoxOffice office) {
        this.office = office;
    }

    // tag::retry[]
    public boolean buy(long concertId, int seats) {
        try {
            return office.sell(concertId, seats);
        } catch (ConnectionLostException lost) {
            return office.sell(concertId, seats);
        }
    }
    // end::retry[]
}

package dev.dbpatterns.pooling.domain;

/**
 * The box office of a concert that goes on sale: many buyers at once, each call a short
 * transaction of its own, so each call borrows one connection from the pool and gives it back.
 * When a concert sells out, every buyer updates the same row and waits for the one before; that
 * wait is what the lessons use to keep connections busy.
 */
public interface BoxOffice {

    /** Sells that many seats at once if that many are left; false (and nothing sold) otherwise. */
    boolean sell(long concertId, int seats);

    /** The seats not sold yet. */
    int seatsLeft(long concertId);
}

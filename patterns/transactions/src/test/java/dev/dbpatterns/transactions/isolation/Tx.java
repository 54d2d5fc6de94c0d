package dev.dbpatterns.transactions.isolation;

/** The concurrent transactions of a scenario; each runs on a connection and a thread of its own. */
enum Tx {
    T1, T2, T3
}

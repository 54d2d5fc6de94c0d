package dev.dbpatterns.transactions.application;

/** How a withdrawal ended. Refused is an answer, not an error: the household was short of money. */
public enum Withdrawal {
    WITHDRAWN, REFUSED
}

package dev.dbpatterns.exercises.pooling.domain;

/**
 * Sends a reader the confirmation of a hold: a mail server, seconds away on a bad day. Nothing
 * here needs the database, so nothing here should hold one of its connections.
 */
@FunctionalInterface
public interface Confirmations {
    void send(Hold hold);
}

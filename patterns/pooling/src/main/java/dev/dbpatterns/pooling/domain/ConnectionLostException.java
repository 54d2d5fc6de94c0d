package dev.dbpatterns.pooling.domain;

/**
 * The connection went away in the middle of a call: the server ended the session, the network
 * dropped, a failover happened. Whatever was not committed was rolled back with the session, so a
 * caller may try again on another connection.
 */
public class ConnectionLostException extends RuntimeException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}

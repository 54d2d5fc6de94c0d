package dev.dbpatterns.exercises.pooling.domain;

/**
 * The connection broke under a call: the server was restarted, a firewall dropped an idle
 * connection, an administrator killed the session. The pool throws that connection away; the
 * same call on a fresh one may well succeed, which is why RetryOnce runs it once more.
 */
public class ConnectionLostException extends RuntimeException {

    /**
     * @param what  what was being done: "placing hold H-1"
     * @param cause the framework's or driver's exception
     */
    public ConnectionLostException(String what, Throwable cause) {
        super("The connection to the database broke while " + what + ". A fresh connection may well succeed.", cause);
    }
}

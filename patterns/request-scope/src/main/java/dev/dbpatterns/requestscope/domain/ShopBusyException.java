package dev.dbpatterns.requestscope.domain;

/** No connection came free within the pool's time-out: the shop is busy, try again later. */
public class ShopBusyException extends RuntimeException {
    public ShopBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.dbpatterns.transactions.domain;

/**
 * A row stayed locked by another transaction for longer than this one agreed to wait. Not retried
 * by {@code Retry}: a lock held that long usually means something to look at, not to hammer.
 */
public class LockTimeoutException extends RuntimeException {
    public LockTimeoutException(String detail, Throwable cause) {
        super("Waited too long for a lock another transaction holds: " + detail, cause);
    }
}

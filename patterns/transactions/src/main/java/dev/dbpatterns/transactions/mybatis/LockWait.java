package dev.dbpatterns.transactions.mybatis;

import java.math.BigDecimal;
import java.time.Duration;

/** A lock timeout in the forms the three databases' SQL wants it. */
public record LockWait(Duration timeout) {

    public LockWait {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A lock timeout must be more than zero, not " + timeout);
        }
    }

    /** PostgreSQL's lock_timeout setting: "250ms". */
    public String setting() {
        return timeout.toMillis() + "ms";
    }

    /** H2's WAIT: seconds with a fraction, "0.25". */
    public String seconds() {
        return BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** MariaDB's WAIT: whole seconds, rounded up, since innodb_lock_wait_timeout counts whole seconds. */
    public long wholeSeconds() {
        return (timeout.toMillis() + 999) / 1000;
    }
}

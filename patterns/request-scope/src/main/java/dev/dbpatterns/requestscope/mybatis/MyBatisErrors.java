package dev.dbpatterns.requestscope.mybatis;

import dev.dbpatterns.requestscope.domain.ShopBusyException;
import java.sql.SQLTransientConnectionException;

/** What the pool said under MyBatis's exception, in the shop's words. */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    static RuntimeException translated(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            // HikariCP's connectionTimeout: no connection came free in time.
            if (cause instanceof SQLTransientConnectionException) {
                return new ShopBusyException(cause.getMessage(), thrown);
            }
        }
        return thrown;
    }
}

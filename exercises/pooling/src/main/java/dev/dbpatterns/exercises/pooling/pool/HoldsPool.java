package dev.dbpatterns.exercises.pooling.pool;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;

/** The HikariCP pool of the holds desk, sized and timed for what the database and the callers allow. */
public final class HoldsPool {
    private HoldsPool() {
    }

    /**
     * The pool's settings; {@code new HikariDataSource(config)} starts it.
     *
     * @param serverIdleTimeout how long the server keeps an idle connection before it drops it
     *                          (PostgreSQL's idle_session_timeout, MariaDB's wait_timeout, a firewall)
     * @throws IllegalArgumentException when no maxLifetime HikariCP accepts fits under that timeout
     */
    public static HikariConfig config(String jdbcUrl, String user, String password, Duration serverIdleTimeout) {
        // TODO(task 1): a HikariConfig with the URL, user and password, named "holds", and:
        //   - maximumPoolSize 4: the database gives the holds desk 4 connections (HikariCP's default is 10);
        //   - connectionTimeout 2 s: a caller waits that long for a free connection, then gets
        //     SQLTransientConnectionException (the default, 30 s, keeps a web request hanging);
        //   - validationTimeout 1 s, and no connectionTestQuery: HikariCP checks a connection that sat idle with
        //     the driver's Connection.isValid before lending it, and gives up on it after that long;
        //   - maxLifetime 90 % of serverIdleTimeout, so the pool retires each connection before the server drops
        //     it. HikariCP silently turns a maxLifetime under 30 s into 30 minutes: when 90 % is under 30 s, throw
        //     IllegalArgumentException rather than hand over a pool that does not do what was asked.
        throw new UnsupportedOperationException("TODO(task 1): configure the holds desk's HikariCP pool");
    }
}

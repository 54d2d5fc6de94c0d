package dev.dbpatterns.exercises.pooling.pool;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;

/** The HikariCP pool of the holds desk, sized and timed for what the database and the callers allow. */
public final class HoldsPool {
    /** HikariCP turns a maxLifetime under 30 s into 30 minutes, without a word. */
    static final Duration SHORTEST_LIFETIME = Duration.ofSeconds(30);

    private HoldsPool() {
    }

    public static HikariConfig config(String jdbcUrl, String user, String password, Duration serverIdleTimeout) {
        // 90 % of the server's timeout: a connection is retired by the pool before the server drops it.
        Duration lifetime = serverIdleTimeout.multipliedBy(9).dividedBy(10);
        if (lifetime.compareTo(SHORTEST_LIFETIME) < 0) {
            throw new IllegalArgumentException("A server that drops connections idle for " + serverIdleTimeout
                    + " needs a maxLifetime of " + lifetime + ", under HikariCP's shortest, " + SHORTEST_LIFETIME);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("holds");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setMaxLifetime(lifetime.toMillis());
        return config;
    }
}

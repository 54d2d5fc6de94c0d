package dev.dbpatterns.async;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.time.Duration;

/**
 * The HikariCP pools the lessons size themselves, on the class's schema, beside the class's own pool. Full from the
 * start (minimumIdle = maximumPoolSize), so a lesson about waiting for a connection is not about opening one.
 */
final class LessonPools {
    private LessonPools() {
    }

    static HikariDataSource hikari(LessonDatabase db, int size, Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.address().url());
        config.setUsername(db.address().user());
        config.setPassword(db.address().password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        if (db.target() == DatabaseTarget.POSTGRES) {
            // pg_stat_activity lists the pool's sessions under this name (ServerLookups).
            config.addDataSourceProperty("ApplicationName", db.schemaName());
        }
        return new HikariDataSource(config);
    }
}

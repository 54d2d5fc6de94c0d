package dev.dbpatterns.exercises.pooling;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Pools of the tests' own, on the test class's database: the exercise is about a pool, so each
 * test that watches one gets one nobody else borrows from.
 */
final class Pools {
    private Pools() {
    }

    /** Where the test class's database is, as its own pool has it: URL (with the schema), user, password. */
    static HikariDataSource lessonPool(LessonDatabase db) {
        try {
            return db.unrecordedDataSource().unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("lesson-kit's pool is a HikariDataSource", e);
        }
    }

    /** A pool of at most {@code size} connections whose borrowers wait 2 s at most: a leak fails fast. */
    static HikariDataSource of(LessonDatabase db, String name, int size) {
        return new HikariDataSource(config(db, name, size));
    }

    /**
     * The same, with HikariCP's leak detector on at its lowest threshold: a connection kept 2 s is reported,
     * with the stack trace of the call that borrowed it.
     */
    static HikariDataSource watchedForLeaks(LessonDatabase db, String name, int size) {
        HikariConfig config = config(db, name, size);
        config.setLeakDetectionThreshold(LEAK_DETECTION_THRESHOLD.toMillis());
        return new HikariDataSource(config);
    }

    /** HikariCP switches the detector off below 2 s. */
    static final Duration LEAK_DETECTION_THRESHOLD = Duration.ofSeconds(2);

    private static HikariConfig config(LessonDatabase db, String name, int size) {
        HikariDataSource lesson = lessonPool(db);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name + "-" + db.schemaName());
        config.setJdbcUrl(lesson.getJdbcUrl());
        config.setUsername(lesson.getUsername());
        config.setPassword(lesson.getPassword());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(2_000);
        return config;
    }

    /** Connections borrowed from the pool and not given back yet, as HikariCP counts them. */
    static int active(HikariDataSource pool) {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }
}

package dev.dbpatterns.pooling;

import com.zaxxer.hikari.HikariConfig;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * The pools the lessons build on the class's schema, beside the class's own: each lesson then sets
 * what it is about. ({@link ServerSessions#pool} builds one whose sessions the server can count.)
 */
final class LessonPools {
    private LessonPools() {
    }

    /** A HikariCP configuration for the class's schema: its URL, login and a maximum size; HikariCP's defaults otherwise. */
    static HikariConfig hikari(LessonDatabase db, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.address().url());
        config.setUsername(db.address().user());
        config.setPassword(db.address().password());
        config.setMaximumPoolSize(maximumPoolSize);
        return config;
    }

    // tag::pooled-data-source[]
    /** MyBatis's own pool on the class's schema, with MyBatis's defaults. */
    static PooledDataSource mybatis(LessonDatabase db) throws SQLException {
        String url = db.address().url();
        return new PooledDataSource(DriverManager.getDriver(url).getClass().getName(),
                url, db.address().user(), db.address().password());
    }
    // end::pooled-data-source[]
}

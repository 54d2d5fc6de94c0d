package dev.dbpatterns.docs.quickref;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.SQLException;

/**
 * Where the test class's schema is and how to log in, for examples that open a pool of their own.
 * Read from the kit's HikariCP pool until LessonDatabase says it itself.
 */
record ServerLogin(String url, String user, String password) {

    static ServerLogin of(LessonDatabase db) {
        try {
            HikariDataSource pool = db.unrecordedDataSource().unwrap(HikariDataSource.class);
            return new ServerLogin(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("The lesson kit's pool is no longer HikariCP: " + e.getMessage(), e);
        }
    }
}

package dev.dbpatterns.exercises.async;

import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.mybatis.MyBatisSetup;
import dev.dbpatterns.exercises.async.mybatis.MyBatisShelf;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · MyBatis: a deadline, and the statements ended on the server")
class MyBatisDeadlineTest extends DeadlineContract {
    @Override
    protected Shelf shelf(LessonDatabase db, HikariDataSource pool, Duration statementLimit) {
        return new MyBatisShelf(MyBatisSetup.sqlSessionFactory(pool, statementLimit));
    }
}

package dev.dbpatterns.exercises.requestscope;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-1")
@DisplayName("Task 1 · MyBatis: a SqlSession per request, opened at the first call, closed however the request ends")
class MyBatisScopeTest extends ScopeContract {
    @Override
    protected DeskStyle style(DataSource pool) {
        return new MyBatisStyle(pool);
    }
}

package dev.dbpatterns.exercises.requestscope;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-2")
@DisplayName("Task 2 · Hibernate: a Session per request, shared by its use cases, closed however the request ends")
class HibernateScopeTest extends ScopeContract {
    @Override
    protected DeskStyle style(DataSource pool) {
        return new HibernateStyle(pool);
    }
}

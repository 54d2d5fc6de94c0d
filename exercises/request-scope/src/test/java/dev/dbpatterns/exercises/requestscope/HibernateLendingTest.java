package dev.dbpatterns.exercises.requestscope;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-3")
@DisplayName("Task 3 · Hibernate: a loan is one transaction of the use case, checked before the desk is touched")
class HibernateLendingTest extends LendingContract {
    @Override
    protected DeskStyle style(DataSource pool) {
        return new HibernateStyle(pool);
    }
}

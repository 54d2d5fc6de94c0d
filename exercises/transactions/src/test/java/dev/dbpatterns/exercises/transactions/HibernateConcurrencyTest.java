package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-4")
@DisplayName("Task 4 · Hibernate: conflicts retried, and only conflicts")
class HibernateConcurrencyTest extends ConcurrencyContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.quietHibernate(db);
    }

    @Override
    protected RuntimeException asTheFrameworkThrows(SQLException driverError) {
        return new GenericJDBCException("could not execute statement [" + driverError.getMessage() + "]", driverError);
    }
}

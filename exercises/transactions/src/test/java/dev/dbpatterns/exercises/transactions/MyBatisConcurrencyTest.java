package dev.dbpatterns.exercises.transactions;

import dev.dbpatterns.exercises.transactions.domain.Transactions;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

@Tag("task-4")
@DisplayName("Task 4 · MyBatis: conflicts retried, and only conflicts")
class MyBatisConcurrencyTest extends ConcurrencyContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return Adapters.quietMyBatis(db);
    }

    @Override
    protected RuntimeException asTheFrameworkThrows(SQLException driverError) {
        return new PersistenceException("### Error updating database.  Cause: " + driverError, driverError);
    }
}

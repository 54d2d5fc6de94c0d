package dev.dbpatterns.kit.lesson;

import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Stands for a database that did not answer (and was not required), where JUnit asks for one
 * before a test starts: in a {@code @MethodSource} factory, say. It knows its target; anything
 * that would need the database skips, with the reason, as the tests themselves are skipped.
 */
record UnreachableDatabase(DatabaseTarget target, String reason) implements LessonDatabase {

    private <T> T skip() {
        return Assumptions.abort(reason);
    }

    @Override
    public DataSource dataSource() {
        return skip();
    }

    @Override
    public DataSource unrecordedDataSource() {
        return skip();
    }

    @Override
    public SqlLog sql() {
        return skip();
    }

    @Override
    public int activeConnections() {
        return skip();
    }

    @Override
    public String schemaName() {
        return skip();
    }

    @Override
    public ServerAddress address() {
        return skip();
    }

    @Override
    public <T> T shared(String name, Function<DataSource, T> create) {
        return skip();
    }
}

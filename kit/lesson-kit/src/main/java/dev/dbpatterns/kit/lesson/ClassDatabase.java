package dev.dbpatterns.kit.lesson;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/** The {@link LessonDatabase} of one test class on one target: created, migrated, and dropped. */
final class ClassDatabase implements LessonDatabase, AutoCloseable {
    private final IsolatedSpace space;
    private final HikariDataSource pool;
    private final SqlLog sql = new SqlLog();
    private final DataSource recorded;
    private final Map<String, Object> shared = new LinkedHashMap<>();

    private ClassDatabase(IsolatedSpace space, HikariDataSource pool) {
        this.space = space;
        this.pool = pool;
        this.recorded = SqlRecorder.recording(pool, sql);
    }

    static ClassDatabase open(DatabaseTarget target, ServerAddress server, Class<?> testClass,
                              DatabaseTest settings) throws SQLException {
        List<String> migrations = settings.migrate() ? Migrations.modulesOf(testClass, settings.migrations()) : List.of();
        IsolatedSpace space = IsolatedSpace.create(target, server, testClass.getSimpleName());
        try {
            ClassDatabase database = new ClassDatabase(space, pool(space, server, settings.poolSize()));
            if (settings.migrate()) {
                Migrations.migrate(database.pool, target, migrations);
            }
            return database;
        } catch (RuntimeException e) {
            space.drop();
            throw e;
        }
    }

    private static HikariDataSource pool(IsolatedSpace space, ServerAddress server, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(space.name());
        config.setJdbcUrl(space.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // A lesson that leaks connections should fail in seconds, not hang for Hikari's default 30.
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    @Override
    public DatabaseTarget target() {
        return space.target();
    }

    @Override
    public DataSource dataSource() {
        return recorded;
    }

    @Override
    public DataSource unrecordedDataSource() {
        return pool;
    }

    @Override
    public SqlLog sql() {
        return sql;
    }

    @Override
    public int activeConnections() {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }

    @Override
    public String schemaName() {
        return space.name();
    }

    @Override
    public ServerAddress address() {
        return new ServerAddress(space.url(), space.server().user(), space.server().password());
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(String name, Function<DataSource, T> create) {
        return (T) shared.computeIfAbsent(name, key -> create.apply(recorded));
    }

    @Override
    public void close() throws Exception {
        List<Exception> problems = new ArrayList<>();
        List<Object> built = new ArrayList<>(shared.values());
        Collections.reverse(built);
        for (Object resource : built) {
            if (resource instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    problems.add(e);
                }
            }
        }
        pool.close();
        space.drop();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}

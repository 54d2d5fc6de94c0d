package dev.dbpatterns.kit.lesson;

import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The database a test class runs on, for one target: a pooled, recorded data source on a schema
 * of its own, already migrated. Take it as a parameter of a test, a {@code @BeforeEach} method,
 * or a constructor.
 */
public interface LessonDatabase {

    DatabaseTarget target();

    /** HikariCP pool, wrapped so that everything sent through it is recorded in {@link #sql()}. */
    DataSource dataSource();

    /**
     * The same pool, not recorded: for a test's own checks ("is the row really gone?") so they do
     * not show up among the statements the lesson is about.
     */
    DataSource unrecordedDataSource();

    /** What was sent through {@link #dataSource()} since the test method started. */
    SqlLog sql();

    /** Connections of the pool in use right now: 0 once every one was given back. */
    int activeConnections();

    /** The schema (PostgreSQL) or database (MariaDB, H2) this class runs in. */
    String schemaName();

    /**
     * How to reach {@link #schemaName()} (its URL selects it) with the class's credentials: for a
     * lesson about pools, which builds pools of its own beside the class's.
     */
    ServerAddress address();

    /**
     * One instance per name, test class and target, built on first use from the recorded data
     * source and closed (if {@link AutoCloseable}) before the schema is dropped. For what is
     * costly to build: {@code db.shared("hibernate", HibernateBookshop::sessionFactory)}.
     */
    <T> T shared(String name, Function<DataSource, T> create);

    /**
     * One number from the database, through the unrecorded pool:
     * {@code db.queryForLong("select count(*) from book where price > ?", limit)}.
     */
    default long queryForLong(String sql, Object... parameters) {
        List<Long> values = queryForList(Long.class, sql, parameters);
        if (values.isEmpty()) {
            throw new IllegalStateException("No row from: " + sql);
        }
        return values.get(0);
    }

    /** The first column of every row, through the unrecorded pool. */
    default <T> List<T> queryForList(Class<T> type, String sql, Object... parameters) {
        return new FixtureJdbc(unrecordedDataSource()).query(type, sql, parameters);
    }

    /** The number of rows in a table, counted through the unrecorded pool. */
    default long rowCount(String table) {
        return queryForLong("select count(*) from " + table);
    }

    /** An UPDATE, DELETE or DDL statement through the unrecorded pool, committed at once; the rows it changed. */
    default int update(String sql, Object... parameters) {
        return new FixtureJdbc(unrecordedDataSource()).update(sql, parameters);
    }

    /** An INSERT through the unrecorded pool, committed at once; the id the database generated. */
    default long insert(String sql, Object... parameters) {
        return new FixtureJdbc(unrecordedDataSource()).insert(sql, parameters);
    }
}

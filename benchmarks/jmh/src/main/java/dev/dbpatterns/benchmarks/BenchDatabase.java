package dev.dbpatterns.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh space (a PostgreSQL schema, a MariaDB database, an H2 in-memory database) with the
 * benchmarks' tables, on one target; closing it closes its pools and drops the space. Each trial
 * gets its own, so a benchmark never sees another run's rows, nor a concurrent test's.
 */
public final class BenchDatabase implements AutoCloseable {
    private final Target target;
    private final String space;
    private final String url;
    private final String user;
    private final String password;
    private final String server;
    private final String serverUser;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private BenchDatabase(Target target, String space, String url, String user, String password,
                          String server, String serverUser) {
        this.target = target;
        this.space = space;
        this.url = url;
        this.user = user;
        this.password = password;
        this.server = server;
        this.serverUser = serverUser;
    }

    /**
     * @param rewriteBatches PostgreSQL's {@code reWriteBatchedInserts}; on MariaDB Connector/J 3,
     *     which dropped {@code rewriteBatchedStatements}, its bulk protocol ({@code useBulkStmts},
     *     {@code useBulkStmtsForInserts}); nothing on H2
     */
    public static BenchDatabase create(String targetId, boolean rewriteBatches) throws SQLException {
        Target target = Target.byId(targetId).orElseThrow(() -> new IllegalArgumentException(
                targetId + " names no database; use " + Target.ids()));
        String space = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Settings settings = Settings.fromSystem();
        String server = settings.get(target.urlKey()).orElse(localUrl(target));
        String user = settings.get(target.userKey()).orElse(target == Target.MARIADB ? "root" : "postgres");
        String password = settings.get(target.passwordKey()).orElse("");
        String url = switch (target) {
            case H2 -> "jdbc:h2:mem:" + space + ";DB_CLOSE_DELAY=-1";
            case POSTGRES -> server + (server.contains("?") ? "&" : "?") + "currentSchema=" + space
                    + "&reWriteBatchedInserts=" + rewriteBatches;
            case MARIADB -> server.replaceFirst("/[^/?]*(\\?|$)", "/" + space + "$1")
                    + (server.contains("?") ? "&" : "?") + "useBulkStmts=" + rewriteBatches
                    + "&useBulkStmtsForInserts=" + rewriteBatches;
        };
        BenchDatabase database = new BenchDatabase(target, space, url,
                target == Target.H2 ? "sa" : user, password, server, user);
        if (target.isServer()) {
            try (Connection root = connect(server, user, password); Statement statement = root.createStatement()) {
                statement.execute(target == Target.POSTGRES ? "create schema " + space : "create database " + space);
            }
        }
        Schema.create(database);
        return database;
    }

    static String localUrl(Target target) {
        return switch (target) {
            case POSTGRES -> "jdbc:postgresql://localhost:5432/test";
            case MARIADB -> "jdbc:mariadb://localhost:3306/test";
            case H2 -> "jdbc:h2:mem:";
        };
    }

    public Target target() {
        return target;
    }

    public String url() {
        return url;
    }

    /** The server's URL as configured (no schema, no driver settings), for a client that is not JDBC. */
    public String serverUrl() {
        return server;
    }

    /** The schema (PostgreSQL) or database (MariaDB, H2) this benchmark's tables are in. */
    public String space() {
        return space;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new physical connection, no pool: what every borrow would cost without one. */
    public Connection connectDirectly() throws SQLException {
        return connect(url, user, password);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // An unreachable server must cost seconds, not the driver's default minutes.
        properties.setProperty("connectTimeout", url.startsWith("jdbc:mariadb:") ? "3000" : "3");
        return DriverManager.getConnection(url, properties);
    }

    /** A HikariCP pool of a fixed size (see {@link PoolSettings}); closed with the database. */
    public HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(PoolSettings.CONNECTION_TIMEOUT_MS);
        config.setPoolName(space + "-" + size);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** MyBatis's own pool, on the same URL. */
    public org.apache.ibatis.datasource.pooled.PooledDataSource myBatisPool(int size) throws SQLException {
        String driver = DriverManager.getDriver(url).getClass().getName();
        var pool = new org.apache.ibatis.datasource.pooled.PooledDataSource(driver, url, user, password);
        pool.setPoolMaximumActiveConnections(size);
        pool.setPoolMaximumIdleConnections(size);
        return pool;
    }

    /** The query that names the server session a connection is: two borrows of one pooled connection give one answer. */
    public String sessionIdQuery() {
        return switch (target) {
            case H2 -> "select session_id()";
            case POSTGRES -> "select pg_backend_pid()";
            case MARIADB -> "select connection_id()";
        };
    }

    /** The server's own version string. */
    public String serverVersion() throws SQLException {
        try (Connection connection = connectDirectly()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() throws SQLException {
        pools.forEach(HikariDataSource::close);
        if (target == Target.H2) {
            try (Connection connection = connectDirectly(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
            return;
        }
        try (Connection root = connect(server, serverUser, password); Statement statement = root.createStatement()) {
            statement.execute(target == Target.POSTGRES ? "drop schema " + space + " cascade" : "drop database " + space);
        }
    }
}

package dev.dbpatterns.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.Migrations;
import dev.dbpatterns.kit.lesson.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema per test class, built the way lesson-kit builds each class's: a PostgreSQL schema, a
 * MariaDB database or an H2 in-memory database of its own, migrated by Flyway, dropped at the end.
 * On one server (a local one, or the container of ContainersLesson) classes never see each other's rows.
 */
final class ClassSchema implements AutoCloseable {
    private final DatabaseTarget target;
    private final ServerAddress server;
    private final String name;
    private final HikariDataSource pool;

    // tag::schema-per-class[]
    static ClassSchema create(DatabaseTarget target, ServerAddress server) throws SQLException {
        String name = "club_class_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        String url = switch (target) {
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";       // a new database in the JVM
            case POSTGRES -> withParameter(server.url(), "currentSchema=" + name);
            case MARIADB -> server.url().replaceFirst("^(jdbc:mariadb://[^/?]+)(/[^?]*)?", "$1/" + name);
        };
        if (target != DatabaseTarget.H2) {
            execute(server, target == DatabaseTarget.POSTGRES ? "create schema " + name : "create database " + name);
        }
        ClassSchema schema = new ClassSchema(target, server, name, url);
        Migrations.migrate(schema.pool, target, List.of("testing"));   // Flyway, as production migrates
        return schema;
    }
    // end::schema-per-class[]

    private ClassSchema(DatabaseTarget target, ServerAddress server, String name, String url) {
        this.target = target;
        this.server = server;
        this.name = name;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(2);
        this.pool = new HikariDataSource(config);
    }

    HikariDataSource dataSource() {
        return pool;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        pool.close();
        if (target == DatabaseTarget.H2) {
            execute(new ServerAddress(pool.getJdbcUrl(), server.user(), server.password()), "shutdown");
        } else {
            execute(server, target == DatabaseTarget.POSTGRES ? "drop schema " + name + " cascade" : "drop database " + name);
        }
    }

    private static String withParameter(String url, String parameter) {
        String without = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return without + (without.contains("?") ? "&" : "?") + parameter;
    }

    private static void execute(ServerAddress server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

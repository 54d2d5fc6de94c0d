package dev.dbpatterns.kit.lesson;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The private corner of a database that one test class gets, so runs are repeatable and never
 * see each other's rows: a fresh in-memory H2 database, a PostgreSQL schema or a MariaDB
 * database, created before the class and dropped after it.
 */
record IsolatedSpace(DatabaseTarget target, ServerAddress server, String name, String url) {
    private static final Pattern MARIADB_URL = Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$");

    static IsolatedSpace create(DatabaseTarget target, ServerAddress server, String testClassName) throws SQLException {
        String name = nameFor(testClassName);
        return switch (target) {
            case H2 -> new IsolatedSpace(target, server, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            case POSTGRES -> {
                execute(server, "CREATE SCHEMA " + name);
                String separator = server.url().contains("?") ? "&" : "?";
                yield new IsolatedSpace(target, server, name, server.url() + separator + "currentSchema=" + name);
            }
            case MARIADB -> {
                execute(server, "CREATE DATABASE " + name);
                yield new IsolatedSpace(target, server, name, withDatabase(server.url(), name));
            }
        };
    }

    /** Call after the pool is closed. */
    void drop() throws SQLException {
        switch (target) {
            case H2 -> execute(new ServerAddress(url, server.user(), server.password()), "SHUTDOWN");
            case POSTGRES -> execute(server, "DROP SCHEMA " + name + " CASCADE");
            case MARIADB -> execute(server, "DROP DATABASE " + name);
        }
    }

    /** lesson_ + the class name + a random suffix: readable in a psql session, unique per run. */
    static String nameFor(String testClassName) {
        String readable = testClassName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return "lesson_" + readable + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    }

    static String withDatabase(String mariadbUrl, String database) {
        Matcher url = MARIADB_URL.matcher(mariadbUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + mariadbUrl
                    + " (expected jdbc:mariadb://host:port/database)");
        }
        return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
    }

    private static void execute(ServerAddress server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

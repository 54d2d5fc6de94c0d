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
        if (target == DatabaseTarget.H2) {
            return new IsolatedSpace(target, server, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        SpaceOwner owner = SpaceOwner.on(target, server);
        String stamp = owner.stamp();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            if (target == DatabaseTarget.POSTGRES) {
                // One transaction: no other run's sweep ever sees the schema without its owner.
                connection.setAutoCommit(false);
                statement.execute("CREATE SCHEMA " + name);
                statement.execute("COMMENT ON SCHEMA " + name + " IS '" + stamp + "'");
                connection.commit();
            } else {
                statement.execute("CREATE DATABASE " + name + " COMMENT '" + stamp + "'");
            }
        }
        owner.created(name);
        return target == DatabaseTarget.POSTGRES
                ? new IsolatedSpace(target, server, name, server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name)
                : new IsolatedSpace(target, server, name, withDatabase(server.url(), name));
    }

    /** Call after the pool is closed. */
    void drop() throws SQLException {
        if (target == DatabaseTarget.H2) {
            try (Connection connection = new ServerAddress(url, server.user(), server.password()).connect();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return;
        }
        try (Connection connection = server.connect()) {
            SpaceOwner.drop(target, connection, name);
        }
        SpaceOwner.on(target, server).dropped(name);
    }

    /** lesson_ + the class name + a random suffix: readable in a psql session, unique per run. */
    static String nameFor(String testClassName) {
        String readable = testClassName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return SpaceOwner.PREFIX + readable + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    }

    static String withDatabase(String mariadbUrl, String database) {
        Matcher url = MARIADB_URL.matcher(mariadbUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + mariadbUrl
                    + " (expected jdbc:mariadb://host:port/database)");
        }
        return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
    }
}

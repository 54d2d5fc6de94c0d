package dev.dbpatterns.kit.lesson;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This JVM as the owner of the lesson schemas (PostgreSQL) and databases (MariaDB) it creates on
 * one server, so that none outlives a run. A test class drops its own when it ends; what a run
 * could not drop, the owner removes on every exit the JVM can catch (Ctrl-C, System.exit), and
 * the next run removes the rest (SIGKILL, a crash): on its first visit to a server it drops every
 * {@code lesson_} space whose owner is gone.
 * <p>
 * Ownership is a connection this JVM holds open for its lifetime: its server-side id goes into
 * the space's comment, and the server ends it when the process dies, however it dies. A space is
 * stale when that connection no longer exists, or when it is older than a day (ids start again
 * after a server restart). A {@code lesson_} space without that comment is not this kit's to
 * judge (an earlier kit, or someone else, made it) and is left alone.
 */
final class SpaceOwner {
    static final String PREFIX = "lesson_";
    static final Duration OLDEST = Duration.ofDays(1);
    private static final Pattern STAMP = Pattern.compile("dbpatterns lesson-kit: owner connection (\\d+), created (\\d+)");
    private static final Map<ServerAddress, SpaceOwner> OWNERS = new ConcurrentHashMap<>();

    private final DatabaseTarget target;
    private final ServerAddress server;
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private Connection lease;
    private long leaseId;

    private SpaceOwner(DatabaseTarget target, ServerAddress server) {
        this.target = target;
        this.server = server;
    }

    /** The owner for one server: on the first call, the lease is taken and what dead runs left is swept. */
    static SpaceOwner on(DatabaseTarget target, ServerAddress server) {
        return OWNERS.computeIfAbsent(server, address -> {
            SpaceOwner owner = new SpaceOwner(target, address);
            try {
                sweep(target, address, Instant.now());
            } catch (SQLException e) {
                // Sweeping is housekeeping: a server that refuses it still runs the lessons.
            }
            Runtime.getRuntime().addShutdownHook(new Thread(owner::dropOpen, "lesson-kit: drop lesson spaces"));
            return owner;
        });
    }

    /** The comment a new space carries: who owns it, and since when. */
    synchronized String stamp() throws SQLException {
        if (lease == null || !lease.isValid(2)) {
            lease = server.connect();
            leaseId = connectionId(target, lease);
        }
        return stampOf(leaseId, Instant.now());
    }

    static String stampOf(long connectionId, Instant created) {
        return "dbpatterns lesson-kit: owner connection " + connectionId + ", created " + created.getEpochSecond();
    }

    void created(String space) {
        open.add(space);
    }

    void dropped(String space) {
        open.remove(space);
    }

    private void dropOpen() {
        for (String space : List.copyOf(open)) {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                // A test thread still inside a transaction may hold locks on the space: waiting for
                // it would keep the JVM from exiting, so give up after a moment.
                statement.execute(target == DatabaseTarget.POSTGRES ? "SET lock_timeout = '2s'" : "SET SESSION lock_wait_timeout = 2");
                drop(target, connection, space);
            } catch (SQLException e) {
                // At exit, nothing more can be done: the next run's sweep removes it.
            }
        }
    }

    /** Drops every lesson space on the server whose owner is gone or that is older than a day. */
    static void sweep(DatabaseTarget target, ServerAddress server, Instant now) throws SQLException {
        try (Connection connection = server.connect()) {
            Set<Long> alive = ids(connection, target == DatabaseTarget.POSTGRES
                    ? "SELECT pid FROM pg_stat_activity" : "SELECT ID FROM information_schema.PROCESSLIST");
            Map<String, String> spaces = spaces(target, connection);
            for (Map.Entry<String, String> space : spaces.entrySet()) {
                if (isStale(space.getValue(), alive, now)) {
                    drop(target, connection, space.getKey());
                }
            }
        }
    }

    static boolean isStale(String comment, Set<Long> aliveConnections, Instant now) {
        Matcher stamp = STAMP.matcher(comment == null ? "" : comment);
        if (!stamp.find()) {
            return false;
        }
        Instant created = Instant.ofEpochSecond(Long.parseLong(stamp.group(2)));
        return !aliveConnections.contains(Long.parseLong(stamp.group(1))) || created.isBefore(now.minus(OLDEST));
    }

    /** Lesson spaces by name, with their comments. */
    private static Map<String, String> spaces(DatabaseTarget target, Connection connection) throws SQLException {
        String sql = target == DatabaseTarget.POSTGRES
                ? "SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname LIKE 'lesson\\_%'"
                : "SELECT SCHEMA_NAME, SCHEMA_COMMENT FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'lesson\\_%'";
        Map<String, String> spaces = new ConcurrentHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                spaces.put(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2));
            }
        }
        return spaces;
    }

    private static Set<Long> ids(Connection connection, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    static long connectionId(DatabaseTarget target, Connection connection) throws SQLException {
        String sql = target == DatabaseTarget.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static void drop(DatabaseTarget target, Connection connection, String space) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(target == DatabaseTarget.POSTGRES
                    ? "DROP SCHEMA IF EXISTS " + space + " CASCADE" : "DROP DATABASE IF EXISTS " + space);
        }
    }
}

package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Nothing a run creates on a server outlives it, however the run ends. On the real servers. */
@DisplayName("Lesson spaces left behind")
class SpaceOwnerTest {

    private static ServerAddress serverFor(DatabaseTarget target) {
        ServerAddress local = ServerAddress.localDefault(target);
        Assumptions.assumeTrue(ServerLocator.tryConnect(local) == null, target.displayName() + " does not run at " + local.url());
        return local;
    }

    @Test
    @DisplayName("a space is stale when its owner's connection is gone or it is older than a day; one without a stamp is not the kit's")
    void staleness() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        Set<Long> alive = Set.of(7L);

        assertThat(SpaceOwner.isStale(SpaceOwner.stampOf(7, now.minusSeconds(60)), alive, now)).as("owner alive").isFalse();
        assertThat(SpaceOwner.isStale(SpaceOwner.stampOf(8, now.minusSeconds(60)), alive, now)).as("owner gone").isTrue();
        assertThat(SpaceOwner.isStale(SpaceOwner.stampOf(7, now.minus(Duration.ofHours(25))), alive, now)).as("a day old").isTrue();
        assertThat(SpaceOwner.isStale("", alive, now)).as("no stamp").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseTarget.class, names = {"POSTGRES", "MARIADB"})
    @DisplayName("the sweep drops the spaces of runs that are gone, and keeps those of a run still going")
    void sweepKeepsLiveOwners(DatabaseTarget target) throws Exception {
        ServerAddress server = serverFor(target);
        try (Connection live = server.connect()) {
            String gone = create(target, server, SpaceOwner.stampOf(ownerThatEnded(target, server), Instant.now()));
            String kept = create(target, server, SpaceOwner.stampOf(SpaceOwner.connectionId(target, live), Instant.now()));
            try {
                SpaceOwner.sweep(target, server, Instant.now());

                assertThat(spaces(target, server)).contains(kept).doesNotContain(gone);
            } finally {
                SpaceOwner.drop(target, live, kept);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseTarget.class, names = {"POSTGRES", "MARIADB"})
    @DisplayName("System.exit in the middle of a run: the run drops its space on the way out")
    void exitDropsTheSpace(DatabaseTarget target) throws Exception {
        serverFor(target);
        Process run = start(target, "exit");
        String space = firstLine(run);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();

        assertThat(space).startsWith(SpaceOwner.PREFIX);
        assertThat(spaces(target, serverFor(target))).doesNotContain(space);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseTarget.class, names = {"POSTGRES", "MARIADB"})
    @DisplayName("a run killed outright leaves its space, and the next run's sweep removes it")
    void killedRunIsSweptNextTime(DatabaseTarget target) throws Exception {
        ServerAddress server = serverFor(target);
        Process run = start(target, "wait");
        String space = firstLine(run);
        long owner = ownerOf(target, server, space);
        run.destroyForcibly().waitFor();
        assertThat(spaces(target, server)).as("nothing ran at exit").contains(space);
        awaitGone(target, server, owner);

        SpaceOwner.sweep(target, server, Instant.now());

        assertThat(spaces(target, server)).doesNotContain(space);
    }

    private static Process start(DatabaseTarget target, String ending) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LeftoverSpaceFixture.class.getName(), target.name(), ending).redirectErrorStream(true).start();
    }

    private static String firstLine(Process run) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the run printed its space").isNotNull();
        return line.trim();
    }

    /** The id of a connection that has been closed, and that the server no longer lists. */
    private static long ownerThatEnded(DatabaseTarget target, ServerAddress server) throws Exception {
        long id;
        try (Connection ended = server.connect()) {
            id = SpaceOwner.connectionId(target, ended);
        }
        awaitGone(target, server, id);
        return id;
    }

    /** Waits on the server's own list of connections, not on the clock; bounded so a test always ends. */
    private static void awaitGone(DatabaseTarget target, ServerAddress server, long connectionId) throws Exception {
        String sql = target == DatabaseTarget.POSTGRES
                ? "SELECT count(*) FROM pg_stat_activity WHERE pid = " + connectionId
                : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = " + connectionId;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(server, sql) > 0) {
            assertThat(System.nanoTime()).as("connection %d still listed after 30 s", connectionId).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static long ownerOf(DatabaseTarget target, ServerAddress server, String space) throws SQLException {
        String sql = target == DatabaseTarget.POSTGRES
                ? "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = '" + space + "'"
                : "SELECT SCHEMA_COMMENT FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + space + "'";
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return Long.parseLong(row.getString(1).replaceAll(".*owner connection (\\d+).*", "$1"));
        }
    }

    private static String create(DatabaseTarget target, ServerAddress server, String stamp) throws SQLException {
        String name = IsolatedSpace.nameFor("SpaceOwnerTest");
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            if (target == DatabaseTarget.POSTGRES) {
                statement.execute("CREATE SCHEMA " + name);
                statement.execute("COMMENT ON SCHEMA " + name + " IS '" + stamp + "'");
            } else {
                statement.execute("CREATE DATABASE " + name + " COMMENT '" + stamp + "'");
            }
        }
        return name;
    }

    private static List<String> spaces(DatabaseTarget target, ServerAddress server) throws SQLException {
        String sql = target == DatabaseTarget.POSTGRES ? "SELECT nspname FROM pg_namespace"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA";
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static long count(ServerAddress server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

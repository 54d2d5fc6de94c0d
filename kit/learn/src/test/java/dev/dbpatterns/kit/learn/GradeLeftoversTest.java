package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `learn grade` on PostgreSQL and MariaDB with submissions whose grading JVM ends in the middle of
 * a test — by System.exit (lesson-kit's own hook still runs) and by filling the heap (the JVM ends
 * at once, no hook runs) — leaves no lesson schema or database behind whose owner is gone.
 */
@DisplayName("learn grade on the servers, when grading JVMs end in the middle")
class GradeLeftoversTest {
    /** lesson-kit's stamp on each space it makes: the server's id of the connection that owns it. */
    private static final Pattern STAMP = Pattern.compile("dbpatterns lesson-kit: owner connection (\\d+)");

    @TempDir
    Path folder;

    @Test
    @DisplayName("leaves no lesson schema or database whose owner is gone")
    void serversAreLeftAsTheyWere() throws Exception {
        Server postgres = new Server("postgres", "jdbc:postgresql://localhost:5432/test", "postgres",
                "SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname LIKE 'lesson\\_%'",
                "SELECT pid FROM pg_stat_activity");
        Server mariadb = new Server("mariadb", "jdbc:mariadb://localhost:3306/test", "root",
                "SELECT SCHEMA_NAME, SCHEMA_COMMENT FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'lesson\\_%'",
                "SELECT ID FROM information_schema.PROCESSLIST");
        for (Server server : new Server[] {postgres, mariadb}) {
            String silence = server.silence();
            assumeThat(silence == null || "true".equals(System.getenv("CATALOG_DB_REQUIRED")))
                    .as("%s does not answer at %s (%s); CATALOG_DB_REQUIRED=true makes that a failure", server.id, server.url(),
                            silence)
                    .isTrue();
        }
        Set<String> before = new HashSet<>(postgres.orphans().keySet());
        before.addAll(mariadb.orphans().keySet());
        Submissions submissions = Submissions.forACopyOfTheCourse(folder);
        // The stubs, but findById (the first of task 1's tests to call it) ends the JVM: after that, only stubs are left
        // to grade, which fail at once. Their schemas on the servers are what this is about, not their grade.
        Submissions.findByIdFirst(submissions.stub("quitter"), "System.exit(0);");
        Submissions.findByIdFirst(submissions.stub("hog"), "java.util.List<long[]> kept = new java.util.ArrayList<>();"
                + " while (kept.size() >= 0) { kept.add(new long[1 << 20]); }");
        Path json = folder.resolve("report.json");

        LearnRun run = LearnRun.of(submissions.course.root, "grade", submissions.folder.toString(), "--db", "postgres,mariadb",
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        GradeReport report = GradeReport.fromJson(Files.readString(json), GradeReport.class);
        assertThat(report.submissions()).extracting(submission -> submission.exercises().get(0).tasks().get(0).tests().get(0).message())
                .satisfiesExactly(hog -> assertThat(hog).contains("ran out of memory"),
                        quitter -> assertThat(quitter).contains("ended the JVM (System.exit"));
        Map<String, String> left = new TreeMap<>(postgres.orphans());
        left.putAll(mariadb.orphans());
        before.forEach(left::remove);
        assertThat(left).as("lesson spaces whose owner is gone, made by this grading").isEmpty();
    }

    /** A server as lesson-kit finds it by default, or as CATALOG_<ID>_URL/_USER/_PASSWORD say. */
    private record Server(String id, String defaultUrl, String defaultUser, String spaces, String connections) {
        String url() {
            return setting("URL", defaultUrl);
        }

        private String setting(String name, String otherwise) {
            return Optional.ofNullable(System.getenv("CATALOG_" + id.toUpperCase() + "_" + name)).orElse(otherwise);
        }

        private Connection connect() throws SQLException {
            DriverManager.setLoginTimeout(5);
            return DriverManager.getConnection(url(), setting("USER", defaultUser), setting("PASSWORD", ""));
        }

        /** Why the server does not answer, or null when it does. */
        String silence() {
            try (Connection ignored = connect()) {
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        /** The kit's lesson spaces whose owner connection is gone, by name, with their stamps. */
        Map<String, String> orphans() throws SQLException {
            Map<String, String> orphans = new TreeMap<>();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                Set<Long> alive = new HashSet<>();
                try (ResultSet rows = statement.executeQuery(connections)) {
                    while (rows.next()) {
                        alive.add(rows.getLong(1));
                    }
                }
                try (ResultSet rows = statement.executeQuery(spaces)) {
                    while (rows.next()) {
                        Matcher stamp = STAMP.matcher(String.valueOf(rows.getString(2)));
                        if (stamp.find() && !alive.contains(Long.parseLong(stamp.group(1)))) {
                            orphans.put(id + ":" + rows.getString(1), rows.getString(2));
                        }
                    }
                }
            }
            return orphans;
        }
    }
}

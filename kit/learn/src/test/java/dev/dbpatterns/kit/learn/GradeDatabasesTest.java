package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `learn grade` never grades blind: a database it would grade on that does not answer stops it
 * before any submission is scored. A stopped server is a closed port, as in lesson-kit's own tests.
 */
@DisplayName("learn grade checks its databases first")
class GradeDatabasesTest {
    private static final String DEAD_POSTGRES = "jdbc:postgresql://127.0.0.1:1/test";
    private static final String DEAD_MARIADB = "jdbc:mariadb://127.0.0.1:1/test";
    private static final List<String> SETTINGS = List.of("catalog.db", "catalog.postgres.url", "catalog.mariadb.url",
            "catalog.mariadb.user", "catalog.db.required");

    @TempDir
    Path folder;

    private Submissions submissions;
    private Path report;

    @BeforeEach
    void twoSubmissions() {
        submissions = Submissions.forACopyOfTheCourse(folder);
        submissions.solved("ann");
        submissions.stub("bob");
        report = folder.resolve("report.json");
    }

    @AfterEach
    void clearSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    private LearnRun grade(String... options) {
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"grade", submissions.folder.toString(), "--json", report.toString()}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        return LearnRun.of(submissions.course.root, args);
    }

    /** Stopped with exit 2 and the two lines expected, before the grading started: nothing scored, no report. */
    private void assertStoppedBeforeGrading(LearnRun run, String why, String whatToDo) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.output().strip().lines()).as(run.toString())
                .containsExactly("learn: Nothing was graded: " + why, "  " + whatToDo);
        assertThat(run.output()).doesNotContain("Grading", "points", "Exception");
        assertThat(report).doesNotExist();
    }

    @Test
    @DisplayName("a server that does not answer is named with its URL and the variable to set, and nothing is graded")
    void stoppedServer() {
        System.setProperty("catalog.postgres.url", DEAD_POSTGRES);
        // What the build runs with decides nothing here: grading stops either way.
        System.setProperty("catalog.db.required", "false");

        LearnRun run = grade("--db", "postgres");

        assertStoppedBeforeGrading(run, "PostgreSQL at " + DEAD_POSTGRES + " did not answer (Connection refused).",
                "To grade on it, start the server, or point CATALOG_POSTGRES_URL at one; or grade without it: --db h2.");
    }

    @Test
    @DisplayName("the databases CATALOG_DB names are checked too, each one that does not answer named")
    void catalogDbIsChecked() {
        System.setProperty("catalog.db", "all");
        System.setProperty("catalog.postgres.url", DEAD_POSTGRES);
        System.setProperty("catalog.mariadb.url", DEAD_MARIADB);

        LearnRun run = grade();

        assertStoppedBeforeGrading(run, "PostgreSQL at " + DEAD_POSTGRES + " did not answer (Connection refused); MariaDB at "
                        + DEAD_MARIADB + " did not answer (Connection refused).",
                "To grade on PostgreSQL, start the server, or point CATALOG_POSTGRES_URL at one; on MariaDB, start the"
                        + " server, or point CATALOG_MARIADB_URL at one; or grade without them: --db h2.");
    }

    @Test
    @DisplayName("wrong credentials name the user and password variables, and are never replaced by a container")
    void refusedAccount() {
        Assumptions.assumeTrue(listens(3306), "MariaDB does not run at 127.0.0.1:3306");
        System.setProperty("catalog.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
        System.setProperty("catalog.mariadb.user", "no_such_learner");

        LearnRun run = grade("--db", "h2,mariadb");

        assertThat(run.output()).as(run.toString()).contains(
                "learn: Nothing was graded: MariaDB at jdbc:mariadb://127.0.0.1:3306/test refused the account 'no_such_learner' (",
                "  To grade on it, set CATALOG_MARIADB_USER and CATALOG_MARIADB_PASSWORD to an account that may create"
                        + " schemas and databases; or grade without it: --db h2.");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip().lines()).hasSize(2);
        assertThat(run.output()).doesNotContain("Grading", "points");
        assertThat(report).doesNotExist();
    }

    static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

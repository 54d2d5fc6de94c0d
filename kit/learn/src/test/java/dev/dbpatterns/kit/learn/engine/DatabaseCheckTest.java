package dev.dbpatterns.kit.learn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Asking the exercise's own lesson-kit whether its servers answer, as its tests will find them. */
@DisplayName("the database check")
class DatabaseCheckTest {
    private static final ExerciseFolder EXERCISE = new ExerciseFolder(Path.of("../../exercises/repository").toAbsolutePath().normalize());
    private static final Workspace WORKSPACE = new Workspace(EXERCISE, EXERCISE, EXERCISE.path());

    @Test
    @DisplayName("finds nothing to say about a server that answers")
    void answeringServer() {
        Assumptions.assumeTrue(listens(5432), "PostgreSQL does not run at 127.0.0.1:5432");
        System.setProperty("catalog.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        try {
            assertThat(DatabaseCheck.unanswered(WORKSPACE, "h2,postgres")).isEmpty();
        } finally {
            System.clearProperty("catalog.postgres.url");
        }
    }

    @Test
    @DisplayName("names a server that does not answer, why, and what to do")
    void silentServer() {
        System.setProperty("catalog.postgres.url", "jdbc:postgresql://127.0.0.1:1/test");
        try {
            assertThat(DatabaseCheck.unanswered(WORKSPACE, "postgres")).singleElement().satisfies(silent -> {
                assertThat(silent.target()).isEqualTo("postgres");
                assertThat(silent.reason()).startsWith("PostgreSQL at jdbc:postgresql://127.0.0.1:1/test did not answer");
                assertThat(silent.whatToDo()).contains("CATALOG_POSTGRES_URL");
            });
        } finally {
            System.clearProperty("catalog.postgres.url");
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

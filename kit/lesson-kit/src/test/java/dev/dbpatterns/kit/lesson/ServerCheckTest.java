package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The check a tool makes before it runs: the servers' lookup, with plain types for a caller in another class loader. */
@DisplayName("Checking the servers before a run")
class ServerCheckTest {
    private static final String DEAD_POSTGRES = "jdbc:postgresql://127.0.0.1:1/test";

    @AfterEach
    void clearSettings() {
        System.clearProperty("catalog.postgres.url");
        System.clearProperty("catalog.db");
    }

    @Test
    @DisplayName("H2 alone asks no server")
    void h2AlwaysAnswers() {
        System.setProperty("catalog.postgres.url", DEAD_POSTGRES);

        assertThat(ServerCheck.unreachable("h2")).isEmpty();
    }

    @Test
    @DisplayName("a server that does not answer comes back with its id, the reason naming its URL, and what to do")
    void silentServer() {
        System.setProperty("catalog.postgres.url", DEAD_POSTGRES);

        assertThat(ServerCheck.unreachable("h2,postgres")).containsExactly(List.of("postgres",
                "PostgreSQL at " + DEAD_POSTGRES + " did not answer (Connection refused)",
                "start the server, or point CATALOG_POSTGRES_URL at one"));
    }

    @Test
    @DisplayName("without a selection, the configured one (catalog.db, CATALOG_DB) is checked")
    void configuredSelection() {
        System.setProperty("catalog.db", "postgres");
        System.setProperty("catalog.postgres.url", DEAD_POSTGRES);

        assertThat(ServerCheck.unreachable(null)).extracting(server -> server.get(0)).containsExactly("postgres");
    }
}

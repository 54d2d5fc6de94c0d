package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.TargetSelection;
import dev.dbpatterns.kit.lesson.fixtures.ParameterizedStepsFixture;
import dev.dbpatterns.kit.lesson.fixtures.TwoStepsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** How @DatabaseTest behaves on each kind of target, proven by running a fixture class. */
@DisplayName("Database targets")
class DatabaseTargetsExtensionTest {
    private static final String DEAD_POSTGRES = "jdbc:postgresql://127.0.0.1:1/test";

    @TempDir
    Path sqlFiles;

    @BeforeEach
    void forgetSchemas() {
        TwoStepsFixture.SCHEMAS.clear();
    }

    private EngineExecutionResults run(Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .configurationParameter(LessonOutput.DIRECTORY_KEY, sqlFiles.toString())
                .selectors(selectClass(TwoStepsFixture.class))
                .execute();
    }

    @Test
    @DisplayName("an unreachable server that is not required skips each test, saying why and what to do")
    void unreachableIsSkipped() {
        EngineExecutionResults events = run(Map.of(TargetSelection.KEY, "postgres", "catalog.postgres.url", DEAD_POSTGRES,
                TargetSelection.REQUIRED_KEY, "false"));

        assertThat(events.testEvents().aborted().count()).isEqualTo(2);
        assertThat(events.testEvents().succeeded().count()).isZero();
        events.testEvents().aborted().stream().forEach(event -> assertThat(
                event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .contains("PostgreSQL at " + DEAD_POSTGRES + " did not answer")
                .contains("point CATALOG_POSTGRES_URL at one"));
    }

    @Test
    @DisplayName("an unreachable server skips a parameterized step whose arguments need the database, too")
    void unreachableSkipsParameterizedSteps() {
        EngineExecutionResults events = EngineTestKit.engine("junit-jupiter")
                .configurationParameters(Map.of(TargetSelection.KEY, "h2,postgres", "catalog.postgres.url", DEAD_POSTGRES,
                        TargetSelection.REQUIRED_KEY, "false"))
                .configurationParameter(LessonOutput.DIRECTORY_KEY, sqlFiles.toString())
                .selectors(selectClass(ParameterizedStepsFixture.class))
                .execute();

        assertThat(events.allEvents().failed().count()).as("failures").isZero();
        assertThat(events.testEvents().succeeded().count()).as("on H2").isEqualTo(2);
        assertThat(events.testEvents().aborted().count()).as("on PostgreSQL").isEqualTo(2);
    }

    @Test
    @DisplayName("with CATALOG_DB_REQUIRED=true an unreachable server fails the class, naming the URL")
    void unreachableRequiredFails() {
        EngineExecutionResults events = run(Map.of(TargetSelection.KEY, "postgres", "catalog.postgres.url", DEAD_POSTGRES,
                TargetSelection.REQUIRED_KEY, "true"));

        events.containerEvents().assertThatEvents().haveExactly(1, event(container(), finishedWithFailure(
                message(text -> text.contains(DEAD_POSTGRES) && text.contains("CATALOG_DB_REQUIRED=true")))));
        assertThat(events.testEvents().succeeded().count()).isZero();
    }

    @Test
    @DisplayName("each target that runs gives the class a schema of its own, dropped afterwards")
    void schemaPerClassIsDropped() throws SQLException {
        String selected = Settings.fromSystem().get(TargetSelection.KEY).orElse("h2");
        EngineExecutionResults events = run(Map.of(TargetSelection.KEY,
                selected.equalsIgnoreCase("all") ? "all" : "h2," + selected));

        assertThat(events.testEvents().failed().stream().map(e -> e.getPayload().orElse("").toString()).toList())
                .as("failures").isEmpty();
        // An unreachable target skips its tests (proven above), so only the targets that ran count here.
        assertThat(TwoStepsFixture.SCHEMAS).hasSize((int) events.testEvents().succeeded().count() / 2)
                .extracting(Map.Entry::getKey).contains(DatabaseTarget.H2).doesNotHaveDuplicates();
        assertThat(TwoStepsFixture.SCHEMAS).extracting(Map.Entry::getValue).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("lesson_twostepsfixture_"));
        for (Map.Entry<DatabaseTarget, String> schema : TwoStepsFixture.SCHEMAS) {
            assertThat(exists(schema.getKey(), schema.getValue())).as("%s still there", schema).isFalse();
        }
    }

    @Test
    @DisplayName("each step's SQL is written to <Class>/<method>.sql, from the first target that ran")
    void writesSqlFiles() throws Exception {
        run(Map.of(TargetSelection.KEY, "h2"));

        Path first = sqlFiles.resolve("TwoStepsFixture/first.sql");
        assertThat(Files.readString(first))
                .startsWith("-- Two steps › first step\n-- sent to H2 (in memory)\n")
                .contains("select count(*) from step;");
        assertThat(sqlFiles.resolve("TwoStepsFixture/second.sql")).content().contains("(no SQL was sent)");
    }

    private static boolean exists(DatabaseTarget target, String name) throws SQLException {
        if (target == DatabaseTarget.H2) {
            try (Connection ignored = new ServerAddress("jdbc:h2:mem:" + name + ";IFEXISTS=TRUE", "sa", "").connect()) {
                return true;
            } catch (SQLException gone) {
                return false;
            }
        }
        ServerAddress server = ServerAddress.configured(target, Settings.fromSystem(), ServerAddress.localDefault(target));
        try (Connection connection = server.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from information_schema.schemata where schema_name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }
}

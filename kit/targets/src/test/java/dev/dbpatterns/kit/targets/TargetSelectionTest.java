package dev.dbpatterns.kit.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Database targets: names, selection, settings")
class TargetSelectionTest {

    @Test
    @DisplayName("nothing selected means H2; 'all' means every target, in run order")
    void defaultsAndAll() {
        assertThat(TargetSelection.parse(null)).containsExactly(Target.H2);
        assertThat(TargetSelection.parse(" ALL ")).containsExactly(Target.H2, Target.POSTGRES, Target.MARIADB);
    }

    @Test
    @DisplayName("a comma-separated list runs in run order, whatever order it names them in")
    void listsKeepRunOrder() {
        assertThat(TargetSelection.parse("mariadb, postgres")).containsExactly(Target.POSTGRES, Target.MARIADB);
    }

    @Test
    @DisplayName("an unknown name is refused with the valid ones")
    void unknownNamesAreExplained() {
        assertThatThrownBy(() -> TargetSelection.parse("h2,oracle"))
                .hasMessage("h2,oracle names no database. Use h2, postgres, mariadb or all (or a comma-separated list).");
    }

    @Test
    @DisplayName("a setting is read from a parameter first, then from the environment variable of the same name")
    void settingsAndTheirEnvironmentNames() {
        Settings settings = new Settings(key -> Optional.ofNullable(Map.of("catalog.db", "postgres").get(key)),
                Map.of("CATALOG_DB", "mariadb", "CATALOG_DB_REQUIRED", "TRUE")::get);

        assertThat(TargetSelection.from(settings)).containsExactly(Target.POSTGRES);
        assertThat(settings.isTrue(TargetSelection.REQUIRED_KEY)).isTrue();
        assertThat(Settings.environmentName(Target.MARIADB.urlKey())).isEqualTo("CATALOG_MARIADB_URL");
        assertThat(TargetSelection.describe(TargetSelection.parse("h2,postgres"))).isEqualTo("H2, PostgreSQL");
        assertThat(Target.H2.displayName()).isEqualTo("H2 (in memory)");
    }
}

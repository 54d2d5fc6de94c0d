package dev.dbpatterns.kit.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Targets: one name per database, as the drivers and MyBatis know them")
class TargetTest {

    @Test
    @DisplayName("MyBatis's databaseId for each driver's product name is the target's id")
    void databaseIds() {
        assertThat(Target.databaseIdsByProductName())
                .containsEntry("H2", "h2")
                .containsEntry("PostgreSQL", "postgres")
                .containsEntry("MariaDB", "mariadb")
                .hasSize(3);
    }
}

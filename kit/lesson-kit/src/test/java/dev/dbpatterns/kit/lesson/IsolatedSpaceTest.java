package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing database targets with CATALOG_DB")
class TargetSelectionTest {

    @Test
    @DisplayName("nothing set means H2; 'all' means every target, H2 first")
    void defaultsAndAll() {
        assertThat(TargetSelection.parse(null)).containsExactly(DatabaseTarget.H2);
        assertThat(TargetSelection.parse(" ALL ")).containsExactly(
                DatabaseTarget.H2, DatabaseTarget.POSTGRES, DatabaseTarget.MARIADB);
    }

    @Test
    @DisplayName("a list runs in the catalog's order, whatever order it was written in")
    void listsAreOrdered() {
        assertThat(TargetSelection.parse("mariadb, postgres")).containsExactly(DatabaseTarget.POSTGRES, DatabaseTarget.MARIADB);
    }

    @Test
    @DisplayName("an unknown name is refused with the list of valid ones")
    void unknownNamesAreExplained() {
        assertThatThrownBy(() -> TargetSelection.parse("oracle"))
                .hasMessage("CATALOG_DB=oracle names no database 'oracle'. Use one of: h2, postgres, mariadb, all"
                        + " (or a comma-separated list).");
    }

    @Test
    @DisplayName("a MariaDB URL is pointed at a class's own database, keeping its options")
    void mariadbUrlRewriting() {
        assertThat(IsolatedSpace.withDatabase("jdbc:mariadb://db:3306/test?useSsl=false", "lesson_x"))
                .isEqualTo("jdbc:mariadb://db:3306/lesson_x?useSsl=false");
        assertThat(IsolatedSpace.withDatabase("jdbc:mariadb://localhost", "lesson_x"))
                .isEqualTo("jdbc:mariadb://localhost/lesson_x");
    }
}

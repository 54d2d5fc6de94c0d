package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Choosing targets is kit/targets' (TargetSelectionTest there); a class's own database is lesson-kit's. */
@DisplayName("A test class's own database")
class IsolatedSpaceTest {

    @Test
    @DisplayName("a MariaDB URL is pointed at a class's own database, keeping its options")
    void mariadbUrlRewriting() {
        assertThat(IsolatedSpace.withDatabase("jdbc:mariadb://db:3306/test?useSsl=false", "lesson_x"))
                .isEqualTo("jdbc:mariadb://db:3306/lesson_x?useSsl=false");
        assertThat(IsolatedSpace.withDatabase("jdbc:mariadb://localhost", "lesson_x"))
                .isEqualTo("jdbc:mariadb://localhost/lesson_x");
    }
}

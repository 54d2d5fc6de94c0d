package dev.dbpatterns.kit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests shaped like the catalog's: a contract whose nested scenario two styles inherit, a class
 * run once per target (a class template), parameterized steps; one fails, one is skipped.
 * Run only by {@link XmlReportListenerTest}, through a launcher of its own.
 */
final class ReportFixtures {
    private ReportFixtures() {
    }

    abstract static class ShelfContract {
        @Test
        @DisplayName("finds a book")
        void finds() {
            assertThat(java.util.List.of("Dune", "Mort")).contains("Dune");
        }

        @Nested
        @DisplayName("Search")
        class Search {
            @ValueSource(strings = {"ruby", "java"})
            @DisplayName("matches a word")
            @ParameterizedTest
            void matches(String word) {
                assertThat(word).isNotBlank();
            }
        }
    }

    @DisplayName("MyBatis shelf")
    static class MyBatisShelfFixture extends ShelfContract {
    }

    @DisplayName("Hibernate shelf")
    static class HibernateShelfFixture extends ShelfContract {
        @Test
        @DisplayName("counts the books")
        void counts() {
            assertThat(2).as("books on the shelf").isEqualTo(3);
        }
    }

    @ParameterizedClass(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    @DisplayName("Per target")
    static class PerTargetFixture {
        @Parameter
        String target;

        @Test
        @DisplayName("runs on every target")
        void runs() {
            Assumptions.assumeTrue(target.equals("H2"), "PostgreSQL did not answer");
        }
    }
}
